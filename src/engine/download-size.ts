import type { CatalogEntry } from "./catalog";
import type { ModelState } from "./model-manager";

/** Bits stored per weight for MLC's quantisations: q4f16_1 is 4 bits plus an f16 scale per 32. */
const BITS_PER_WEIGHT: Record<string, number> = {
  q0f16: 16,
  q0f32: 32,
  q3f16_1: 3.5,
  q4f16_1: 4.5,
  q4f32_1: 5,
  q4f16_0: 4.5,
  q4f32_0: 5,
};

/** "7b", "1.1B", "500M" in a model id: its parameter count, when the name says it. */
function parameters(id: string): number | undefined {
  const m = /[-_](\d+(?:\.\d+)?)([bm])(?=[-_]|$)/i.exec(id);
  if (!m) return undefined;
  return Number(m[1]) * (m[2].toLowerCase() === "b" ? 1e9 : 1e6);
}

export interface DownloadSize {
  bytes: number;
  /** Known from the model's own tensor-cache.json (planned, stored); else estimated. */
  exact: boolean;
}

/**
 * How much a model downloads. web-llm's catalog lists GPU memory but not file sizes, so
 * before the model is planned the size is estimated from its name: parameters × bits per
 * weight (Llama 2 7B q4f16_1: 7e9 × 4.5 / 8 ≈ 3.9 GB; the real files are 3.8 GB).
 */
export function downloadSize(
  entry: CatalogEntry,
  state: ModelState = { kind: "none" },
): DownloadSize | undefined {
  switch (state.kind) {
    case "ready":
      if (state.bytes > 0) return { bytes: state.bytes, exact: true };
      break;
    case "paused":
      if (state.totalBytes > 0) return { bytes: state.totalBytes, exact: true };
      break;
    case "downloading":
      if (state.progress.bytesTotal > 0)
        return { bytes: state.progress.bytesTotal, exact: true };
      break;
    default:
      break;
  }
  if (entry.weightBytes) return { bytes: entry.weightBytes, exact: true };
  const params = parameters(entry.id);
  const bits = BITS_PER_WEIGHT[entry.quantization];
  if (!params || !bits) return undefined;
  return { bytes: Math.round((params * bits) / 8), exact: false };
}
