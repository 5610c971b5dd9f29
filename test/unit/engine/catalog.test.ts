import { prebuiltAppConfig, type ModelRecord } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MODEL_ID,
  findEntry,
  toCatalog,
  variantOf,
} from "../../../src/engine/catalog";
import { entryLabel } from "../../../src/engine/memory-need";

const catalog = toCatalog(prebuiltAppConfig.model_list);

describe("catalog from web-llm's prebuiltAppConfig", () => {
  it("has the default Llama 2 7B chat model, with its real VRAM need and context window", () => {
    const entry = findEntry(catalog, DEFAULT_MODEL_ID);
    expect(entry).toMatchObject({
      name: "Llama 2 7B chat",
      quantization: "q4f16_1",
      vramMB: 6749,
      contextWindow: 4096,
      requiredFeatures: ["shader-f16"],
      featured: true,
      host: "huggingface.co",
    });
  });

  it("features the Llama families the product offers, q4 builds only, in a fixed order", () => {
    const names = [
      ...new Set(catalog.filter((e) => e.featured).map((e) => e.name)),
    ];
    expect(names).toEqual(
      [
        "Llama 2 7B chat",
        "Llama 2 7B chat (1k context)",
        "Llama 2 13B chat",
        "Llama 3.2 1B Instruct",
        "Llama 3.2 3B Instruct",
        "Llama 3.1 8B Instruct",
        "Llama 3.1 8B Instruct (1k context)",
        "TinyLlama 1.1B chat",
        "TinyLlama 1.1B chat (1k context)",
      ].filter((n) => names.includes(n)),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        "Llama 2 7B chat",
        "Llama 2 13B chat",
        "Llama 3.2 1B Instruct",
        "Llama 3.2 3B Instruct",
        "Llama 3.1 8B Instruct",
        "TinyLlama 1.1B chat",
      ]),
    );
    for (const e of catalog.filter((x) => x.featured))
      expect(e.quantization).toMatch(/^q4/);
    expect(catalog[0].id).toMatch(/^Llama-2-7b-chat-hf-/);
  });

  it("keeps every chat model of the prebuilt list behind 'show all', and no embedding model", () => {
    const chatModels = prebuiltAppConfig.model_list.filter(
      (r) => r.model_type === undefined || r.model_type === 0,
    );
    expect(catalog).toHaveLength(chatModels.length);
    expect(catalog.length).toBeGreaterThan(100);
    expect(catalog.some((e) => /snowflake-arctic-embed/i.test(e.id))).toBe(
      false,
    );
  });

  it("finds the q4f32_1 variant of a model, keeping a -1k suffix", () => {
    const f16 = findEntry(catalog, "Llama-2-7b-chat-hf-q4f16_1-MLC-1k")!;
    expect(variantOf(catalog, f16, "q4f32_1")?.id).toBe(
      "Llama-2-7b-chat-hf-q4f32_1-MLC-1k",
    );
    const thirteen = findEntry(catalog, "Llama-2-13b-chat-hf-q4f16_1-MLC")!;
    expect(variantOf(catalog, thirteen, "q4f32_1")).toBeUndefined();
  });

  it("labels a model with its quantisation and GPU memory", () => {
    expect(entryLabel(findEntry(catalog, DEFAULT_MODEL_ID)!)).toBe(
      "Llama 2 7B chat · q4f16_1 · 6.6 GB VRAM",
    );
    const tiny = findEntry(catalog, "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC")!;
    expect(entryLabel(tiny)).toBe(
      "TinyLlama 1.1B chat · q4f32_1 · 840 MB VRAM",
    );
  });

  it("falls back sensibly for a record without overrides or a parsable URL", () => {
    const record: ModelRecord = {
      model: "not a url",
      model_id: "Foo-Bar-MLC",
      model_lib: "x",
    };
    expect(toCatalog([record])[0]).toMatchObject({
      name: "Foo Bar",
      quantization: "",
      contextWindow: 4096,
      vramMB: 0,
      host: "",
      featured: false,
    });
  });
});
