// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { get, set } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { deleteAllData } from "../../../src/storage/delete-all-data";
import { createStore } from "../../../src/storage/idb-store";

const names = async () =>
  (await indexedDB.databases()).map((d) => d.name).sort();

describe("deleteAllData", () => {
  it("deletes every database, even those this page holds open, and localStorage", async () => {
    const chats = createStore("hearth-conversations-t", "records");
    const settings = createStore("hearth-settings-t", "settings");
    await set("c1", { title: "kept?" }, chats);
    await set("theme", "dark", settings);
    localStorage.setItem("hearth-theme", "dark");
    expect(await names()).toEqual(
      expect.arrayContaining(["hearth-conversations-t", "hearth-settings-t"]),
    );

    await deleteAllData();

    expect(await names()).toEqual([]);
    expect(localStorage.length).toBe(0);
    // The stores reopen, empty, on their next use.
    expect(await get("c1", chats)).toBeUndefined();
  });

  it("says so in plain words when another tab will not let go", async () => {
    // An old tab: a connection with no versionchange handler, as idb-keyval's own keeps.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open("hearth-held-open", 1);
      req.onupgradeneeded = () => req.result.createObjectStore("s");
      req.onsuccess = () => resolve(req.result);
    });
    await expect(deleteAllData(50)).rejects.toThrow(
      "Another Hearth tab is still using the stored data. Close your other Hearth tabs and try again.",
    );
    db.close();
  });
});
