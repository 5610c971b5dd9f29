import { describe, expect, it } from "vitest";
import { findEntry } from "../../../src/engine/catalog";
import { chooseVariant, probeGpu } from "../../../src/engine/gpu";
import { SWIFTSHADER, catalog } from "../support/app-tab";
const GiB = 2 ** 30;

function fakeGpu(adapter: Partial<GPUAdapter> | null | Error): GPU {
  return {
    requestAdapter: async () => {
      if (adapter instanceof Error) throw adapter;
      return adapter as GPUAdapter | null;
    },
  } as unknown as GPU;
}

describe("probeGpu", () => {
  it("reports a browser without navigator.gpu", async () => {
    expect(await probeGpu(undefined)).toEqual({ kind: "no-webgpu" });
  });

  it("reports no adapter when the browser offers none or refuses", async () => {
    expect(await probeGpu(fakeGpu(null))).toEqual({ kind: "no-adapter" });
    expect(await probeGpu(fakeGpu(new Error("blocked")))).toEqual({
      kind: "no-adapter",
    });
  });

  it("reads vendor, architecture, shader-f16 and limits from the adapter", async () => {
    const report = await probeGpu(
      fakeGpu({
        info: {
          vendor: "apple",
          architecture: "metal-3",
          description: "M2",
        } as GPUAdapterInfo,
        features: new Set(["shader-f16"]) as unknown as GPUSupportedFeatures,
        limits: {
          maxStorageBufferBindingSize: 2 * GiB,
          maxBufferSize: 4 * GiB,
        } as GPUSupportedLimits,
      }),
    );
    expect(report).toEqual({
      kind: "ok",
      vendor: "apple",
      architecture: "metal-3",
      description: "M2",
      shaderF16: true,
      maxStorageBufferBindingSize: 2 * GiB,
      maxBufferSize: 4 * GiB,
    });
  });
});

describe("chooseVariant", () => {
  const llama2 = findEntry(catalog, "Llama-2-7b-chat-hf-q4f16_1-MLC")!;

  it("switches to q4f32_1 without shader-f16 and says why", () => {
    const choice = chooseVariant(catalog, llama2, SWIFTSHADER);
    expect(choice.entry.id).toBe("Llama-2-7b-chat-hf-q4f32_1-MLC");
    expect(choice.reason).toMatch(/shader-f16/);
    expect(choice.reason).toMatch(/q4f32_1/);
  });

  it("keeps the model when the GPU has shader-f16", () => {
    const choice = chooseVariant(catalog, llama2, {
      ...SWIFTSHADER,
      shaderF16: true,
    });
    expect(choice).toEqual({ entry: llama2 });
  });

  it("keeps a model that needs no f16", () => {
    const f32 = findEntry(catalog, "Llama-3.2-1B-Instruct-q4f32_1-MLC")!;
    expect(chooseVariant(catalog, f32, SWIFTSHADER)).toEqual({ entry: f32 });
  });

  it("says so when a model has no f32 build at all", () => {
    const thirteen = findEntry(catalog, "Llama-2-13b-chat-hf-q4f16_1-MLC")!;
    const choice = chooseVariant(catalog, thirteen, SWIFTSHADER);
    expect(choice.entry).toBe(thirteen);
    expect(choice.reason).toMatch(/will not load here/);
  });
});
