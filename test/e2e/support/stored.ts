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
