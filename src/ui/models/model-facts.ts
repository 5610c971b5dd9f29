import type { CatalogEntry } from "../../engine/catalog";
import { downloadSize } from "../../engine/download-size";
import { FIT_LABEL, type Fit } from "../../engine/fit-advisor";
import type { ModelState } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { formatBytes } from "../kit/format";

/** "Llama 2 7B chat q4f32_1": how the status, the picker and its options name a model. */
export function modelTitle(entry: CatalogEntry): string {
  return entry.quantization
    ? `${entry.name} ${entry.quantization}`
    : entry.name;
}

/** "3.9 GB download" once its files are known; "about 3.9 GB download" from the catalog. */
export function sizeText(entry: CatalogEntry, state?: ModelState): string {
  const size = downloadSize(entry, state);
  if (!size) return t("models.facts.sizeUnknown");
  return t(size.exact ? "models.facts.size" : "models.facts.sizeAbout", {
    size: formatBytes(size.bytes),
  });
}

export function memoryText(entry: CatalogEntry): string {
  return entry.vramMB > 0
    ? t("models.facts.memory", { size: formatBytes(entry.vramMB * 2 ** 20) })
    : t("models.facts.memoryUnknown");
}

export function fitText(fit: Fit | undefined): string | undefined {
  return fit ? FIT_LABEL[fit.level] : undefined;
}

/** Whole percent of a download, rounded down so 100% means every byte is stored. */
export function percentDone(state: ModelState): number {
  const [done, total] =
    state.kind === "downloading"
      ? [state.progress.bytesDone, state.progress.bytesTotal]
      : state.kind === "paused"
        ? [state.storedBytes, state.totalBytes]
        : [0, 0];
  return total ? Math.floor((done / total) * 100) : 0;
}

/** A short state badge: "Ready offline", "Downloading 45%", "Not downloaded". */
export function stateBadge(state: ModelState): string {
  switch (state.kind) {
    case "none":
      return t("models.state.none");
    case "downloading":
      return t("models.state.downloading", { percent: percentDone(state) });
    case "paused":
      return t("models.state.paused", { percent: percentDone(state) });
    case "ready":
      return t("models.state.ready");
    case "damaged":
      return t("models.state.damaged");
  }
}

/** How far a stored model's weights were checked, when that is worth saying (issue 20). */
export function checksNote(state: ModelState): string | undefined {
  if (state.kind !== "ready" || state.checks === "md5") return undefined;
  return t(
    state.checks === "size"
      ? "models.checks.sizesOnly"
      : "models.checks.notYet",
  );
}
