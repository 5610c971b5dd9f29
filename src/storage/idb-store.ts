import { promisifyRequest, type UseStore } from "idb-keyval";

/**
 * idb-keyval's `createStore`, plus one thing it lacks: the connection closes itself when
 * someone deletes or upgrades the database ("Delete all data", another tab, a newer
 * version of the app), and the next call reopens it. idb-keyval keeps its connection open
 * for the page's life, and an open connection blocks `indexedDB.deleteDatabase` forever.
 */
export function createStore(dbName: string, storeName: string): UseStore {
  let dbp: Promise<IDBDatabase> | undefined;
  const getDB = () => {
    if (dbp) return dbp;
    const request = indexedDB.open(dbName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    const opening = promisifyRequest(request);
    dbp = opening;
    // The next call opens again; a newer opening is left alone.
    const forget = () => {
      if (dbp === opening) dbp = undefined;
    };
    opening.then((db) => {
      db.onversionchange = () => {
        // Transactions already running finish first; new ones wait for the next open.
        db.close();
        forget();
      };
      db.onclose = forget;
    }, forget);
    return opening;
  };
  return (txMode, callback) =>
    getDB().then((db) =>
      callback(db.transaction(storeName, txMode).objectStore(storeName)),
    );
}
