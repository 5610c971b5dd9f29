import type { CatalogEntry } from "./catalog";
import { formatMB, variantOf } from "./catalog";

export type GpuReport =
  | { kind: "no-webgpu" }
  | { kind: "no-adapter" }
  | {
      kind: "ok";
      vendor: string;
      architecture: string;
      description: string;
      shaderF16: boolean;
      maxStorageBufferBindingSize: number;
      maxBufferSize: number;
    };

/**
 * Asks the browser for a GPU adapter without creating a device or loading anything, so
 * a person without WebGPU learns it before a single model byte is fetched.
 */
export async function probeGpu(gpu: GPU | undefined): Promise<GpuReport> {
  if (!gpu) return { kind: "no-webgpu" };
  let adapter: GPUAdapter | null = null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: "high-performance" });
  } catch {
    adapter = null;
  }
  if (!adapter) return { kind: "no-adapter" };
  const info = adapter.info;
  return {
    kind: "ok",
    vendor: info?.vendor || "unknown vendor",
    architecture: info?.architecture || "unknown architecture",
    description: info?.description ?? "",
    shaderF16: adapter.features.has("shader-f16"),
    maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
    maxBufferSize: adapter.limits.maxBufferSize,
  };
}

export interface VariantChoice {
  entry: CatalogEntry;
  /** Why we picked something other than what was asked for, in one sentence. */
  reason?: string;
}

/** Swaps a model that needs shader-f16 for its q4f32_1 build when the GPU lacks the feature. */
export function chooseVariant(
  catalog: readonly CatalogEntry[],
  wanted: CatalogEntry,
  gpu: GpuReport,
): VariantChoice {
  const needsF16 = wanted.requiredFeatures.includes("shader-f16");
  if (gpu.kind !== "ok" || gpu.shaderF16 || !needsF16) return { entry: wanted };
  const f32 = variantOf(catalog, wanted, "q4f32_1");
  if (!f32 || f32.requiredFeatures.includes("shader-f16")) {
    return {
      entry: wanted,
      reason: `Your GPU lacks 16-bit float shaders (shader-f16), and ${wanted.name} has no build without them, so it will not load here. Pick another model.`,
    };
  }
  return {
    entry: f32,
    reason: `Your GPU lacks 16-bit float shaders (shader-f16), so Hearth picked the q4f32_1 build of ${wanted.name}; it needs more GPU memory (${formatMB(f32.vramMB)}).`,
  };
}
