import { useEffect } from "preact/hooks";
import { useSignal } from "@preact/signals";
import type { CatalogEntry } from "../../engine/catalog";
import { bytesOnDisk, type ModelManager } from "../../engine/model-manager";
import { estimate, type StorageEstimate } from "../../engine/storage-check";
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
            aria-label="Storage used"
            min={0}
            max={u.quota}
            value={u.usage}
          />
          <p>
            Using {formatBytes(u.usage)} of {formatBytes(u.quota)} this browser
            allows ({formatBytes(Math.max(0, u.quota - u.usage))} free)
            {modelBytes > 0 ? `; models take ${formatBytes(modelBytes)}` : ""}.
          </p>
        </>
      ) : null}
      <p>
        {persisted === true
          ? "Storage is persistent: the browser will not clear it on its own."
          : persisted === false
            ? "Storage is not persistent: the browser may clear models when space runs low."
            : ""}
      </p>
    </div>
  );
}
