import { useEffect } from "preact/hooks";
import { useSignal } from "@preact/signals";
import type { CatalogEntry } from "../../engine/catalog";
import { bytesOnDisk, type ModelManager } from "../../engine/model-manager";
import { estimate, type StorageEstimate } from "../../engine/storage-check";
import { t } from "../../i18n/locale";
import { formatBytes } from "../kit/format";

/** The browser's storage for this site: a bar in real units, the models' share, persistence. */
export function StorageSummary({
  models,
  catalog,
}: {
  models: ModelManager;
  catalog: readonly CatalogEntry[];
}) {
  const usage = useSignal<StorageEstimate | undefined>(undefined);
  const states = models.states.value;
  useEffect(() => {
    const read = () => void estimate().then((e) => (usage.value = e));
    read();
    // Chromium frees a deleted model's files a moment after the delete commits: read the
    // estimate again while the dialog is open, so the bar shows the space given back.
    const timer = setInterval(read, 2000);
    return () => clearInterval(timer);
  }, [states]);
  const persisted = models.persisted.value;
  const modelBytes = catalog.reduce(
    (n, e) => n + bytesOnDisk(models.state(e.id)),
    0,
  );
  const u = usage.value;
  return (
    <div class="storage-summary">
      {u && u.quota > 0 ? (
        <>
          <meter
            class="storage-bar"
            aria-label={t("models.storage.used")}
            min={0}
            max={u.quota}
            value={u.usage}
          />
          <p>
            {modelBytes > 0
              ? t("models.storage.usageWithModels", {
                  used: formatBytes(u.usage),
                  quota: formatBytes(u.quota),
                  free: formatBytes(Math.max(0, u.quota - u.usage)),
                  models: formatBytes(modelBytes),
                })
              : t("models.storage.usage", {
                  used: formatBytes(u.usage),
                  quota: formatBytes(u.quota),
                  free: formatBytes(Math.max(0, u.quota - u.usage)),
                })}
          </p>
        </>
      ) : null}
      <p>
        {persisted === true
          ? t("models.storage.persistent")
          : persisted === false
            ? t("models.storage.notPersistent")
            : ""}
      </p>
    </div>
  );
}
