import { formatNumber, t } from "../i18n/locale";
import { formatMB } from "../i18n/format";

/** Free space and the quota check made before any weight is fetched. */

export interface StorageEstimate {
  usage: number;
  quota: number;
}

/** Decimal GB, as the refusal states sizes ("3.90 GB"), written the language's way. */
export const gb = (bytes: number) => {
  const digits = bytes >= 10e9 ? 1 : 2;
  // Rounded as toFixed rounds (0.015 → "0.01"), then written with the language's digits.
  const rounded = Number((bytes / 1e9).toFixed(digits));
  return t("unit.gigabytes", {
    n: formatNumber(rounded, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
    }),
  });
};

/** Returns a plain-words refusal when the bytes still to fetch will not fit, else undefined. */
export function checkSpace(
  needBytes: number,
  estimate: StorageEstimate | undefined,
): string | undefined {
  if (!estimate || !estimate.quota) return undefined;
  return refusal(needBytes, Math.max(0, estimate.quota - estimate.usage));
}

function refusal(needBytes: number, free: number): string | undefined {
  // IndexedDB keeps some overhead per record; leave a small margin rather than fail at 99%.
  const need = Math.ceil(needBytes * 1.01);
  if (need <= free) return undefined;
  return t("engine.space.refusal", { need: gb(need), free: gb(free) });
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

/**
 * Bytes no compressor can shrink. Chromium 156 compresses IndexedDB values: 64 MB of zeros
 * took 3 MB on disk and passed under a 16 MB quota, where 64 MB of model weights (which do
 * not compress) fail.
 */
function incompressible(bytes: number): Uint8Array<ArrayBuffer> {
  const buf = new Uint8Array(bytes);
  // getRandomValues fills at most 64 KiB a call.
  for (let i = 0; i < bytes; i += 65536)
    crypto.getRandomValues(buf.subarray(i, Math.min(bytes, i + 65536)));
  return buf;
}

function writeProbe(bytes: number): Promise<boolean> {
  return new Promise((resolve) => {
    const open = indexedDB.open(PROBE_DB, 1);
    open.onupgradeneeded = () => open.result.createObjectStore("probe");
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("probe", "readwrite");
      tx.objectStore("probe").put(incompressible(bytes).buffer, "probe");
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
    // Nothing writable at all is a refusal too (0 GB free), not an unknown quota.
    return refusal(needBytes, low);
  } finally {
    await dropProbe();
  }
}

const MiB = 2 ** 20;
const size = (bytes: number) => formatMB(bytes / MiB);

/** Another model Hearth holds, that the person could delete to make room. */
export interface HeldModel {
  name: string;
  bytes: number;
}

/**
 * What a person reads when the disk filled during a download (issue 21): how much is
 * stored, how much more the model needs, what else Hearth holds, and what to do.
 */
export function diskFullAdvice(
  bytes: { stored: number; total: number },
  others: readonly HeldModel[],
): string {
  const more = Math.max(0, bytes.total - bytes.stored);
  const held = others
    .filter((m) => m.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes)
    .map((m) =>
      t("engine.diskFull.heldModel", { name: m.name, size: size(m.bytes) }),
    );
  const sizes = {
    stored: size(bytes.stored),
    total: size(bytes.total),
    more: size(more),
  };
  if (held.length === 0) return t("engine.diskFull.adviceNoOther", sizes);
  const models =
    held.length === 1
      ? held[0]!
      : t("engine.list.and", {
          items: held.slice(0, -1).join(t("engine.list.separator")),
          last: held.at(-1)!,
        });
  return t("engine.diskFull.adviceOthers", { ...sizes, models });
}
