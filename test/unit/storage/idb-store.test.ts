import "fake-indexeddb/auto";
import { createStore as keyvalCreateStore, get, set } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { createStore } from "../../../src/storage/idb-store";

let n = 0;
const fresh = () => `idb-store-${++n}`;

/** Deletes a database; "blocked" if an open connection holds it for `ms`. */
function deleteDb(name: string, ms = 500): Promise<"deleted" | "blocked"> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    req.onblocked = () => (timer = setTimeout(() => resolve("blocked"), ms));
    req.onsuccess = () => {
      clearTimeout(timer);
      resolve("deleted");
    };
    req.onerror = () => reject(req.error);
  });
}

describe("createStore (idb-keyval's, closing on versionchange)", () => {
  it("lets a deletion through while the store is open, then reopens empty", async () => {
    const name = fresh();
    const store = createStore(name, "kv");
    await set("k", "v", store);
    expect(await get("k", store)).toBe("v");

    expect(await deleteDb(name)).toBe("deleted");
    expect(await get("k", store)).toBeUndefined();
    await set("k", "again", store);
    expect(await get("k", store)).toBe("again");
  });

  it("finishes a write that was running when the deletion came, before it deletes", async () => {
    const name = fresh();
    const store = createStore(name, "kv");
    await get("warm-up", store);
    const write = set("k", "v", store);
    const deleted = deleteDb(name);
    await expect(write).resolves.toBeUndefined();
    expect(await deleted).toBe("deleted");
    expect(await get("k", store)).toBeUndefined();
  });

  // The control: idb-keyval's own store keeps its connection, which is the bug this fixes.
  it("idb-keyval's own createStore blocks the same deletion", async () => {
    const name = fresh();
    const store = keyvalCreateStore(name, "kv");
    await set("k", "v", store);
    expect(await deleteDb(name, 200)).toBe("blocked");
  });
});
