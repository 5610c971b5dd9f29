import type { ReadonlySignal } from "@preact/signals";

/**
 * A small "Offline" mark in the top bar. The live region is always there, so screen
 * readers hear the change both ways.
 */
export function OfflineBadge({ online }: { online: ReadonlySignal<boolean> }) {
  const offline = !online.value;
  return (
    <span class="net-state" role="status" aria-label="Network">
      {offline ? (
        <span
          class="offline-badge"
          title="No network. Conversations and downloaded models still work."
        >
          Offline
        </span>
      ) : null}
    </span>
  );
}
