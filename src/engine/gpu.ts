import { t } from "../i18n/locale";
import type { CatalogEntry } from "./catalog";
import { formatMB } from "../i18n/format";
import { variantOf } from "./catalog";

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
    vendor: info?.vendor || t("engine.gpu.unknownVendor"),
    architecture: info?.architecture || t("engine.gpu.unknownArchitecture"),
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
      reason: t("engine.gpu.noF16Build", { name: wanted.name }),
    };
  }
  return {
    entry: f32,
    reason: t("engine.gpu.pickedF32", {
      name: wanted.name,
      size: formatMB(f32.vramMB),
    }),
  };
}
