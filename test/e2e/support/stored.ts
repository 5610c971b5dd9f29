import { createHash } from "node:crypto";
import type { Page } from "@playwright/test";

/**
 * How many records each of the origin's IndexedDB databases holds, every object store
 * counted. Opens each database only for the count and closes it, so it never blocks the
 * app deleting one.
 */
export function storedRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      let n = 0;
      for (const store of Array.from(db.objectStoreNames)) {
        n += await new Promise<number>((resolve, reject) => {
          const req = db.transaction(store).objectStore(store).count();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      }
      db.close();
      counts[name] = n;
    }
    return counts;
  });
}

/** SHA-256 (hex) of the bytes stored under `url` in web-llm's database `db`. */
export function storedSha256(
  page: Page,
  db: string,
  url: string,
): Promise<string | undefined> {
  return page.evaluate(
    async ({ db, url }) => {
      const conn = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(db);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const record = await new Promise<{ data?: unknown } | undefined>(
        (resolve, reject) => {
          const req = conn.transaction("urls").objectStore("urls").get(url);
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        },
      );
      conn.close();
      const data = record?.data;
      if (!(data instanceof Blob || data instanceof ArrayBuffer))
        return undefined;
      const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
      return [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
    },
    { db, url },
  );
}

/**
 * SHA-256 (hex) of shard `file` as stored for a model served by the test server, and of
 * the server's own bytes of it: equal when what IndexedDB holds is intact.
 */
export async function storedAndServed(
  page: Page,
  urls: { modelUrl: string; model: { files: Map<string, Buffer> } },
  file: string,
): Promise<{ stored: string | undefined; served: string }> {
  return {
    stored: await storedSha256(
      page,
      "webllm/model",
      `${urls.modelUrl}/resolve/main/${file}`,
    ),
    served: createHash("sha256")
      .update(urls.model.files.get(file)!)
      .digest("hex"),
  };
}
