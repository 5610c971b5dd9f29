import { t } from "../i18n/locale";
import { formatMB } from "../i18n/format";
import type { CatalogEntry } from "./catalog";

/**
 * How much GPU memory a model needs, and how sure we are. web-llm's prebuilt records
 * state it (`vram_required_MB`); a model added by URL (custom-model.ts) does not, so it is
 * estimated from the size of its weights, which Add model learns from tensor-cache.json.
 */
export type MemoryNeed =
  | { kind: "stated"; mb: number }
  | { kind: "estimated"; mb: number; weightsMB: number }
  | { kind: "unknown" };

/**
 * Weights plus the KV cache and working buffers. web-llm's own records run from about
 * 1.2× the weights (Llama 3.1 8B, whose KV cache is small) to 1.9× (Llama 2 7B with a 4k
 * context); 1.5× errs towards "may be tight" for the models people add.
 */
export const WEIGHTS_TO_MEMORY = 1.5;

const MiB = 2 ** 20;

export function memoryNeed(entry: CatalogEntry): MemoryNeed {
  if (entry.vramMB > 0) return { kind: "stated", mb: entry.vramMB };
  if (entry.weightBytes && entry.weightBytes > 0) {
    const weightsMB = entry.weightBytes / MiB;
    return { kind: "estimated", mb: weightsMB * WEIGHTS_TO_MEMORY, weightsMB };
  }
  return { kind: "unknown" };
}

/** "6.6 GB VRAM", "about 1.5 GB VRAM (estimated)", "GPU memory unknown". */
export function memoryLabel(entry: CatalogEntry): string {
  const need = memoryNeed(entry);
  switch (need.kind) {
    case "stated":
      return t("engine.memory.stated", { size: formatMB(need.mb) });
    case "estimated":
      return t("engine.memory.estimated", { size: formatMB(need.mb) });
    case "unknown":
      return t("engine.memory.unknown");
  }
}

/** "Llama 2 7B chat · q4f16_1 · 6.6 GB VRAM". */
export function entryLabel(entry: CatalogEntry): string {
  const memory = memoryLabel(entry);
  return entry.quantization
    ? t("engine.entryLabel.withQuantization", {
        name: entry.name,
        quantization: entry.quantization,
        memory,
      })
    : t("engine.entryLabel.plain", { name: entry.name, memory });
}
