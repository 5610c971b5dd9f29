import type { CatalogEntry } from "../../engine/catalog";
import { downloadSize } from "../../engine/download-size";
import { FIT_LABEL, type Fit } from "../../engine/fit-advisor";
import type { ModelState } from "../../engine/model-manager";
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
  if (!size) return "download size unknown";
  return `${size.exact ? "" : "about "}${formatBytes(size.bytes)} download`;
}

export function memoryText(entry: CatalogEntry): string {
  return entry.vramMB > 0
    ? `${formatBytes(entry.vramMB * 2 ** 20)} GPU memory`
    : "GPU memory unknown";
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
      return "Not downloaded";
    case "downloading":
      return `Downloading ${percentDone(state)}%`;
    case "paused":
      return `Paused at ${percentDone(state)}%`;
    case "ready":
      return "Ready offline";
    case "damaged":
      return "Damaged";
  }
}

/** How far a stored model's weights were checked, when that is worth saying (issue 20). */
export function checksNote(state: ModelState): string | undefined {
  if (state.kind !== "ready" || state.checks === "md5") return undefined;
  return state.checks === "size"
    ? "Its weights could not be verified: this model lists no checksums (an old conversion), so only their sizes were checked."
    : "Its weights were stored before Hearth checked checksums: press Verify to check them.";
}
