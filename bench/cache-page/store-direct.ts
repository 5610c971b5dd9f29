import { SCOPES } from "../../src/worker/downloads/layout";
import { put } from "../../src/worker/downloads/web-llm-db";

/**
 * Stores a synthetic model's shards straight from memory, skipping the download (a bench
 * about reads need not pay one per backend). Each form is how one writer stores a shard:
 * - "hearth": Hearth's download manager (`put` of web-llm-db.ts, a Blob record);
 * - "webllm-idb": web-llm's own IndexedDB backend (`{ url, data }`, data an ArrayBuffer),
 *   also what Hearth stored before issue 10;
 * - "cache": web-llm's Cache API backend (the response under its request, in `webllm/model`).
 * The bytes of a shard depend only on its position, so every form holds the same bytes.
 */
export type StoreForm = "hearth" | "webllm-idb" | "cache";

function shardBytes(bytes: number, seed: number): ArrayBuffer {
  // xorshift32: cheap, and incompressible enough that no layer can shortcut it.
  const words = new Uint32Array(bytes / 4);
  let x = (seed * 2654435761) >>> 0 || 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return words.buffer;
}

function rawPut(db: IDBDatabase, url: string, data: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction("urls", "readwrite");
    tx.objectStore("urls").put({ url, data });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

function openModelDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(SCOPES.model, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains("urls"))
        req.result.createObjectStore("urls", { keyPath: "url" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Stores `tensor-cache.json` (records unused by the reads) and the shards, in `form`. */
export async function storeDirect(
  form: StoreForm,
  jsonUrl: string,
  urls: string[],
  bytes: number,
): Promise<void> {
  const json = { records: [], metadata: {} };
  if (form === "cache") {
    const cache = await caches.open(SCOPES.model);
    await cache.put(jsonUrl, Response.json(json));
    for (const [i, url] of urls.entries())
      await cache.put(url, new Response(shardBytes(bytes, i + 1)));
  } else if (form === "hearth") {
    await put(SCOPES.model, jsonUrl, json);
    for (const [i, url] of urls.entries())
      await put(SCOPES.model, url, shardBytes(bytes, i + 1));
  } else {
    const db = await openModelDb();
    try {
      await rawPut(db, jsonUrl, json);
      for (const [i, url] of urls.entries())
        await rawPut(db, url, shardBytes(bytes, i + 1));
    } finally {
      db.close();
    }
  }
}
