import { signal, type ReadonlySignal } from "@preact/signals";

/** The part of `window` this module needs, so tests can hand in their own. */
export interface OnlineSource {
  navigator: { onLine: boolean };
  addEventListener(type: "online" | "offline", listener: () => void): void;
}

/**
 * Whether the browser thinks it has a network, kept current by the online/offline events.
 * `navigator.onLine` false is reliable (no network at all); true only means "maybe", so
 * use it to explain, never to skip a download attempt.
 */
export function watchOnline(source: OnlineSource): ReadonlySignal<boolean> {
  const state = signal(source.navigator.onLine);
  source.addEventListener("online", () => (state.value = true));
  source.addEventListener("offline", () => (state.value = false));
  return state;
}

/** The page's network state, for any module to read (outside a browser: always online). */
export const online: ReadonlySignal<boolean> =
  typeof window === "undefined" ? signal(true) : watchOnline(window);
