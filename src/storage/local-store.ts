/**
 * The page's localStorage, or null where the browser refuses it (storage blocked, some
 * private modes throw on the mere access). Reads and writes can still throw (quota).
 */
export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
