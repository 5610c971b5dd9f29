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
