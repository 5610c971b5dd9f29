import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { findEntry, toCatalog } from "../../../src/engine/catalog";
import {
  assessFit,
  memoryClass,
  smallerModel,
  suggestModel,
  type Adapter,
  type DeviceProfile,
  type FitLevel,
} from "../../../src/engine/fit-advisor";

const catalog = toCatalog(prebuiltAppConfig.model_list);
const GiB = 2 ** 30;
const MiB = 2 ** 20;

function adapter(a: Partial<Adapter>): Adapter {
  return {
    kind: "ok",
    vendor: "",
    architecture: "",
    description: "",
    shaderF16: true,
    maxStorageBufferBindingSize: 2 * GiB,
    maxBufferSize: 4 * GiB,
    ...a,
  };
}

// Model ids, short for the table.
const L2 = "Llama-2-7b-chat-hf-q4f16_1-MLC";
const L2_32 = "Llama-2-7b-chat-hf-q4f32_1-MLC";
const L2_1K = "Llama-2-7b-chat-hf-q4f16_1-MLC-1k";
const L2_32_1K = "Llama-2-7b-chat-hf-q4f32_1-MLC-1k";
const L13 = "Llama-2-13b-chat-hf-q4f16_1-MLC";
const L8 = "Llama-3.1-8B-Instruct-q4f16_1-MLC";
const L3 = "Llama-3.2-3B-Instruct-q4f16_1-MLC";
const L1 = "Llama-3.2-1B-Instruct-q4f16_1-MLC";
const L1_32 = "Llama-3.2-1B-Instruct-q4f32_1-MLC";
const TINY = "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC";
const TINY_32 = "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC";

const W = "runs-well";
const T = "may-be-tight";
const X = "wont-run";

interface Case {
  name: string;
  profile: DeviceProfile;
  memory: string;
  expect: Record<string, FitLevel>;
  suggestion: string | undefined;
}

// Adapter info as Chrome reports it (vendor and architecture from GPUAdapterInfo).
const CASES: Case[] = [
  {
    name: "SwiftShader, as in headless Chromium here",
    profile: {
      gpu: adapter({
        vendor: "google",
        architecture: "swiftshader",
        shaderF16: false,
        maxStorageBufferBindingSize: GiB,
        maxBufferSize: GiB,
      }),
      deviceMemoryGB: 8,
    },
    memory: "software",
    expect: {
      [L2]: X,
      [L2_32]: T,
      [L2_32_1K]: T,
      [L1]: X,
      [L1_32]: T,
      [TINY]: X,
      [TINY_32]: T,
    },
    suggestion: L1_32,
  },
  {
    name: "Apple M2 with 16 GB (Chrome reports 8)",
    profile: {
      gpu: adapter({ vendor: "apple", architecture: "metal-3" }),
      deviceMemoryGB: 8,
    },
    memory: "unified",
    // 8 GB × 0.65 ≈ 5.2 GB: the default is close, its 1k build is not.
    expect: { [L2]: T, [L2_1K]: W, [L13]: T, [L8]: T, [L3]: W, [L1]: W },
    suggestion: L2_1K,
  },
  {
    name: "NVIDIA GeForce RTX 3070 desktop",
    profile: {
      gpu: adapter({
        vendor: "nvidia",
        architecture: "ampere",
        description: "NVIDIA GeForce RTX 3070",
      }),
      deviceMemoryGB: 8,
    },
    memory: "discrete",
    expect: { [L2]: W, [L2_32]: T, [L13]: T, [L8]: W, [L1]: W, [TINY]: W },
    suggestion: L2,
  },
  {
    name: "Intel Iris Xe laptop, 8 GB",
    profile: {
      gpu: adapter({ vendor: "intel", architecture: "gen-12lp" }),
      deviceMemoryGB: 8,
    },
    memory: "integrated",
    // 4 GB of shared memory: 7B and 8B may not fit; 3B does.
    expect: { [L2]: T, [L2_1K]: T, [L8]: T, [L3]: W, [L1]: W },
    suggestion: L3,
  },
  {
    name: "Intel UHD on a 4 GB laptop",
    profile: {
      gpu: adapter({ vendor: "intel", architecture: "gen-9" }),
      deviceMemoryGB: 4,
    },
    memory: "integrated",
    // deviceMemory below Chrome's cap is a measurement: 2 GB is all there is.
    expect: { [L2]: X, [L8]: X, [L3]: X, [L1]: W, [TINY]: W },
    suggestion: L1,
  },
  {
    name: "Android phone, Adreno, 128 MB storage bindings",
    profile: {
      gpu: adapter({
        vendor: "qualcomm",
        architecture: "adreno-7xx",
        maxStorageBufferBindingSize: 128 * MiB,
        maxBufferSize: 256 * MiB,
      }),
      deviceMemoryGB: 4,
    },
    memory: "mobile",
    // Only low-resource builds work with 128 MB bindings; 1.4 GB of RAM for the GPU.
    expect: { [L2]: X, [L2_1K]: X, [L3]: X, [L1]: W, [TINY]: W },
    suggestion: L1,
  },
  {
    name: "AMD Radeon RX 6600 without shader-f16 (older driver)",
    profile: {
      gpu: adapter({
        vendor: "amd",
        architecture: "rdna-2",
        description: "AMD Radeon RX 6600",
        shaderF16: false,
      }),
    },
    memory: "discrete",
    expect: {
      [L2]: X,
      [L2_32]: T,
      [L2_32_1K]: W,
      [L13]: X,
      [L1]: X,
      [L1_32]: W,
    },
    suggestion: L2_32_1K,
  },
  {
    name: "AMD Ryzen APU (Radeon Graphics), no deviceMemory",
    profile: {
      gpu: adapter({
        vendor: "amd",
        architecture: "rdna-2",
        description: "AMD Radeon(TM) Graphics",
      }),
    },
    memory: "integrated",
    expect: { [L2]: T, [L8]: T, [L3]: W },
    suggestion: L3,
  },
  {
    name: "A GPU below web-llm's 128 MB binding minimum",
    profile: {
      gpu: adapter({
        vendor: "arm",
        architecture: "valhall",
        maxStorageBufferBindingSize: 64 * MiB,
        maxBufferSize: 64 * MiB,
      }),
      deviceMemoryGB: 2,
    },
    memory: "mobile",
    expect: { [L2]: X, [L1]: X, [TINY]: X },
    suggestion: undefined,
  },
];

describe("the fit advisor on real adapter profiles", () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(memoryClass(c.profile.gpu).kind).toBe(c.memory);
      for (const [id, level] of Object.entries(c.expect)) {
        const entry = findEntry(catalog, id);
        expect(entry, id).toBeDefined();
        const fit = assessFit(entry!, c.profile);
        expect({ id, level: fit.level }).toEqual({ id, level });
        expect(fit.reason.length).toBeGreaterThan(10);
      }
      expect(suggestModel(catalog, c.profile)?.entry.id).toBe(c.suggestion);
    });
  }
});

describe("reasons and smaller models", () => {
  const nvidia = CASES[2].profile;
  const swiftshader = CASES[0].profile;

  it("says why in one sentence, naming the default when it is not suggested", () => {
    const apple = suggestModel(catalog, CASES[1].profile)!;
    expect(apple.reason).toMatch(
      /^Suggested for this device: Llama 2 7B chat \(1k context\)/,
    );
    expect(apple.reason).toMatch(/because Llama 2 7B chat may be tight here/);
    expect(apple.reason.split(/\.\s/)).toHaveLength(1);
    expect(suggestModel(catalog, nvidia)!.reason).toMatch(
      /^Llama 2 7B chat should run well here/,
    );
    expect(suggestModel(catalog, swiftshader)!.reason).toMatch(
      /the smallest Llama, because no model is expected to run well here\.$/,
    );
    expect(assessFit(findEntry(catalog, L2_32)!, swiftshader).reason).toMatch(
      /software renderer on the CPU/,
    );
  });

  it("states the risk of a model that will not run", () => {
    const f16 = assessFit(findEntry(catalog, L2)!, swiftshader);
    expect(f16.reason).toMatch(/shader-f16/);
    const phone = assessFit(findEntry(catalog, L2)!, CASES[5].profile);
    expect(phone.reason).toMatch(/1 GB storage buffers/);
    // A model whose buffers exceed the GPU's limit, on an otherwise ample GPU.
    const huge = {
      ...findEntry(catalog, TINY_32)!,
      bufferSizeRequired: 64 * GiB,
    };
    const tooBig = assessFit(huge, nvidia);
    expect(tooBig.level).toBe(X);
    expect(tooBig.reason).toMatch(
      /needs GPU buffers of 64(\.0)? GB, more than this GPU allows/,
    );
  });

  it("offers the next smaller model that should fit after a lost GPU", () => {
    expect(smallerModel(catalog, nvidia, L2)?.id).toBe(L8);
    expect(smallerModel(catalog, CASES[3].profile, L2)?.id).toBe(L3);
    expect(smallerModel(catalog, nvidia, TINY)?.id).toBe(`${TINY}-1k`);
    expect(smallerModel(catalog, nvidia, `${TINY}-1k`)).toBeUndefined();
  });
});
