import type { ModelRecord } from "@mlc-ai/web-llm";
import type { ModelSource } from "./protocol";

/** What the UI needs to know about a model, without web-llm's code. */
export interface CatalogEntry {
  id: string;
  /** Human name without the quantisation, e.g. "Llama 2 7B chat". */
  name: string;
  /** e.g. "q4f16_1"; "" when the id names none. */
  quantization: string;
  /** web-llm's `vram_required_MB`; 0 when unknown (a model added by URL: see memory-need.ts). */
  vramMB: number;
  /** Size of the weights to download, when known without a catalog figure (Add model's plan). */
  weightBytes?: number;
  contextWindow: number;
  lowResource: boolean;
  requiredFeatures: string[];
  bufferSizeRequired: number | null;
  /** Where the weights come from, e.g. "huggingface.co"; named when it cannot be reached. */
  host: string;
  /** One of the Llama models we offer up front; the rest sit behind "show all". */
  featured: boolean;
  /** web-llm's `model` (base URL) and `model_lib` (library URL). */
  modelUrl: string;
  modelLib: string;
  integrity?: ModelSource["integrity"];
  /** Added by the user (Add model), not from web-llm's prebuilt list. */
  custom?: boolean;
}

export const DEFAULT_MODEL_ID = "Llama-2-7b-chat-hf-q4f16_1-MLC";
const DEFAULT_CONTEXT_WINDOW = 4096;

/** Featured families, in the order the chooser lists them. */
const FEATURED: Array<{ prefix: string; name: string }> = [
  { prefix: "Llama-2-7b-chat-hf-", name: "Llama 2 7B chat" },
  { prefix: "Llama-2-13b-chat-hf-", name: "Llama 2 13B chat" },
  { prefix: "Llama-3.2-1B-Instruct-", name: "Llama 3.2 1B Instruct" },
  { prefix: "Llama-3.2-3B-Instruct-", name: "Llama 3.2 3B Instruct" },
  { prefix: "Llama-3.1-8B-Instruct-", name: "Llama 3.1 8B Instruct" },
  { prefix: "TinyLlama-1.1B-Chat-v1.0-", name: "TinyLlama 1.1B chat" },
];

const QUANT = /-(q\d+f\d+(?:_\d+)?)-MLC(-1k)?$/;

function describe(id: string): {
  name: string;
  quantization: string;
  featured: boolean;
  rank: number;
} {
  const quant = QUANT.exec(id);
  const quantization = quant ? quant[1] : "";
  const shortContext = quant?.[2] ? " (1k context)" : "";
  const family = FEATURED.findIndex((f) => id.startsWith(f.prefix));
  if (family >= 0 && quant) {
    // q0 (unquantised) builds are huge and not what a chat user wants up front.
    const featured = quantization.startsWith("q4");
    // Full-context builds first; the 1k-context ones (for tight GPUs) right after them.
    const rank = family * 2 + (shortContext ? 1 : 0);
    return {
      name: FEATURED[family].name + shortContext,
      quantization,
      featured,
      rank,
    };
  }
  const base = quant ? id.slice(0, quant.index) : id.replace(/-MLC$/, "");
  return {
    name: base.replaceAll("-", " ") + shortContext,
    quantization,
    featured: false,
    rank: FEATURED.length * 2,
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** Builds the catalog from web-llm's model records (at build time, from `prebuiltAppConfig`). */
export function toCatalog(records: readonly ModelRecord[]): CatalogEntry[] {
  const entries = records
    // Embedding and vision models cannot chat in this app.
    .filter((r) => r.model_type === undefined || r.model_type === 0)
    .map((r, index) => {
      const d = describe(r.model_id);
      const entry: CatalogEntry = {
        id: r.model_id,
        name: d.name,
        quantization: d.quantization,
        vramMB: Math.round(r.vram_required_MB ?? 0),
        contextWindow:
          r.overrides?.context_window_size ?? DEFAULT_CONTEXT_WINDOW,
        lowResource: r.low_resource_required ?? false,
        requiredFeatures: r.required_features ?? [],
        bufferSizeRequired: r.buffer_size_required_bytes ?? null,
        featured: d.featured,
        host: hostOf(r.model),
        modelUrl: r.model,
        modelLib: r.model_lib,
        ...(r.integrity
          ? { integrity: r.integrity as ModelSource["integrity"] }
          : {}),
      };
      return { entry, rank: d.rank, index };
    });
  entries.sort((a, b) => a.rank - b.rank || a.index - b.index);
  return entries.map((e) => e.entry);
}

export function findEntry(
  catalog: readonly CatalogEntry[],
  id: string,
): CatalogEntry | undefined {
  return catalog.find((e) => e.id === id);
}

/** The same model in another quantisation, e.g. q4f16_1 → q4f32_1, keeping any "-1k" suffix. */
export function variantOf(
  catalog: readonly CatalogEntry[],
  entry: CatalogEntry,
  quantization: string,
): CatalogEntry | undefined {
  if (!entry.quantization) return undefined;
  const id = entry.id.replace(`-${entry.quantization}-`, `-${quantization}-`);
  return id === entry.id ? entry : findEntry(catalog, id);
}

/** What the worker needs to fetch and load a model. */
export function sourceOf(entry: CatalogEntry): ModelSource {
  return {
    id: entry.id,
    model: entry.modelUrl,
    modelLib: entry.modelLib,
    integrity: entry.integrity,
    contextWindow: entry.contextWindow,
  };
}
