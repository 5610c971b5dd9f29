/** Free space and the quota check made before any weight is fetched. */

export interface StorageEstimate {
  usage: number;
  quota: number;
}

export const gb = (bytes: number) =>
  `${(bytes / 1e9).toFixed(bytes >= 10e9 ? 1 : 2)} GB`;

/** Returns a plain-words refusal when the bytes still to fetch will not fit, else undefined. */
export function checkSpace(
  needBytes: number,
  estimate: StorageEstimate | undefined,
): string | undefined {
  if (!estimate || !estimate.quota) return undefined;
  const free = Math.max(0, estimate.quota - estimate.usage);
  // IndexedDB keeps some overhead per record; leave a small margin rather than fail at 99%.
  const need = Math.ceil(needBytes * 1.01);
  if (need <= free) return undefined;
  return `This model needs ${gb(need)}, ${gb(free)} free. Free some space or pick a smaller model.`;
}

export async function estimate(): Promise<StorageEstimate | undefined> {
  try {
    const e = await navigator.storage?.estimate();
    return e ? { usage: e.usage ?? 0, quota: e.quota ?? 0 } : undefined;
  } catch {
    return undefined;
  }
}

const PROBE_DB = "hearth-quota-probe";
// Chromium's estimate() can overstate the quota (it ignores DevTools' quota overrides, for
// one), so up to this many bytes are also proven writable before a download starts.
const PROBE_CAP = 64 * 1024 * 1024;

function writeProbe(bytes: number): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open(PROBE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore("probe");
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("probe", "readwrite");
      tx.objectStore("probe").put(new ArrayBuffer(bytes), "probe");
      const done = (ok: boolean) => {
        db.close();
        resolve(ok);
      };
      tx.oncomplete = () => done(true);
      tx.onerror = tx.onabort = () => done(false);
    };
  });
}

function dropProbe(): Promise<void> {
  return new Promise((resolve) => {
    const req = indexedDB.deleteDatabase(PROBE_DB);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

/**
 * Proves that min(needBytes, 64 MB) can really be written. When it cannot, finds roughly
 * how much can (a few halving probes) and returns the refusal to show.
 */
export async function probeSpace(
  needBytes: number,
): Promise<string | undefined> {
  if (typeof indexedDB === "undefined") return undefined;
  const target = Math.min(needBytes, PROBE_CAP);
  try {
    if (await writeProbe(target)) return undefined;
    let low = 0;
    let high = target;
    for (let i = 0; i < 6; i++) {
      const mid = Math.floor((low + high) / 2);
      await dropProbe();
      if (await writeProbe(mid)) low = mid;
      else high = mid;
    }
    return checkSpace(needBytes, { usage: 0, quota: low });
  } finally {
    await dropProbe();
  }
}
