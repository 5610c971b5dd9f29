import { SCOPES, type Scope } from "./layout";
import { StorageFailureError } from "./storage-failure";

/**
 * The IndexedDB databases web-llm's "indexeddb" backend uses: one per scope, version 1,
 * one object store `urls` keyed by `url`, values `{ url, data }`.
 */
const connections = new Map<Scope, Promise<IDBDatabase>>();

function open(scope: Scope): Promise<IDBDatabase> {
  let db = connections.get(scope);
  if (!db) {
    db = new Promise((resolve, reject) => {
      const req = indexedDB.open(scope, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains("urls")) {
          req.result.createObjectStore("urls", { keyPath: "url" });
        }
      };
      req.onsuccess = () => {
        // Let "Delete all data" delete the database out from under us.
        req.result.onversionchange = () => {
          req.result.close();
          connections.delete(scope);
        };
        resolve(req.result);
      };
      req.onerror = () => reject(StorageFailureError.from(req.error));
    });
    connections.set(scope, db);
    db.catch(() => connections.delete(scope));
  }
  return db;
}

function run<T>(
  scope: Scope,
  mode: IDBTransactionMode,
  op: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return open(scope).then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction("urls", mode);
        const req = op(tx.objectStore("urls"));
        let result: T;
        req.onsuccess = () => (result = req.result);
        // Resolve on commit, not on request success: only then are the bytes durable.
        tx.oncomplete = () => resolve(result);
        // In words: the names (QuotaExceededError, UnknownError) never reach the screen.
        tx.onerror = () =>
          reject(StorageFailureError.from(tx.error ?? req.error));
        tx.onabort = () => reject(StorageFailureError.from(tx.error));
      }),
  );
}

/**
 * Which of `files` are stored, in one readonly transaction per scope: one transaction per
 * file cost seconds before a resumed download's first request on a busy machine.
 * `count()`, not `getKey()`: Chromium's `getKey()` reads the whole value
 * (webllm-idb-cache.ts).
 */
export async function hasEach(
  files: ReadonlyArray<{ scope: Scope; url: string }>,
): Promise<boolean[]> {
  const found = files.map(() => false);
  const scopes = [...new Set(files.map((f) => f.scope))];
  await Promise.all(
    scopes.map(async (scope) => {
      const db = await open(scope);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction("urls", "readonly");
        const store = tx.objectStore("urls");
        files.forEach((f, i) => {
          if (f.scope !== scope) return;
          const req = store.count(f.url);
          req.onsuccess = () => (found[i] = req.result > 0);
        });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(StorageFailureError.from(tx.error));
        tx.onabort = () => reject(StorageFailureError.from(tx.error));
      });
    }),
  );
  return found;
}

/**
 * Stores `data` under `url`. Bytes are stored as a `Blob` (a copy: the caller may reuse its
 * buffer): Chromium reads a Blob record back by streaming its file, as fast as the Cache API,
 * where an ArrayBuffer record is read 2 to 3 times slower (issue 10). Only Hearth's
 * subclass of web-llm's cache reads it back (src/worker/webllm-idb-cache.ts); stock
 * web-llm would not.
 */
export function put(
  scope: Scope,
  url: string,
  data: ArrayBuffer | object,
): Promise<IDBValidKey> {
  const value = data instanceof ArrayBuffer ? new Blob([data]) : data;
  return run(scope, "readwrite", (s) => s.put({ url, data: value }));
}

/** The stored value of `url`; bytes as an `ArrayBuffer`, however they were stored. */
export async function get(scope: Scope, url: string): Promise<unknown> {
  const value = (await run(scope, "readonly", (s) => s.get(url))) as
    { data?: unknown } | undefined;
  return value?.data instanceof Blob ? value.data.arrayBuffer() : value?.data;
}

/** The stored bytes of `url` as a Blob (a handle to its file: read it as a stream). */
export async function getBlob(
  scope: Scope,
  url: string,
): Promise<Blob | undefined> {
  const value = (await run(scope, "readonly", (s) => s.get(url))) as
    { data?: unknown } | undefined;
  const data = value?.data;
  return data instanceof Blob
    ? data
    : data instanceof ArrayBuffer
      ? new Blob([data])
      : undefined;
}

export function remove(scope: Scope, url: string): Promise<undefined> {
  return run(scope, "readwrite", (s) => s.delete(url));
}

export const ALL_SCOPES: Scope[] = Object.values(SCOPES);
