import { useEffect } from "preact/hooks";
import { useSignal } from "@preact/signals";
import type { ModelManager } from "../engine/model-manager";
import { estimate, type StorageEstimate } from "../engine/storage-check";
import { formatBytes } from "./format";

export function StorageSummary({ models }: { models: ModelManager }) {
  const usage = useSignal<StorageEstimate | undefined>(undefined);
  const states = models.states.value;
  useEffect(() => {
    void estimate().then((e) => (usage.value = e));
  }, [states]);
  const persisted = models.persisted.value;
  return (
    <p class="storage-summary">
      {usage.value
        ? `Using ${formatBytes(usage.value.usage)} of ${formatBytes(usage.value.quota)} this browser allows. `
        : ""}
      {persisted === true
        ? "Storage is persistent: the browser will not clear it on its own."
        : persisted === false
          ? "Storage is not persistent: the browser may clear models when space runs low."
          : ""}
    </p>
  );
}
