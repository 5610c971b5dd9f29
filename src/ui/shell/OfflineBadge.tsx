import type { ReadonlySignal } from "@preact/signals";
import { t } from "../../i18n/locale";

/**
 * A small "Offline" mark in the top bar. The live region is always there, so screen
 * readers hear the change both ways.
 */
export function OfflineBadge({ online }: { online: ReadonlySignal<boolean> }) {
  const offline = !online.value;
  return (
    <span class="net-state" role="status" aria-label={t("shell.network.label")}>
      {offline ? (
        <span class="offline-badge" title={t("shell.network.offlineTip")}>
          {t("shell.network.offline")}
        </span>
      ) : null}
    </span>
  );
}
