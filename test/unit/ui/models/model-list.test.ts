import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { findEntry, toCatalog } from "../../../../src/engine/catalog";
import { downloadSize } from "../../../../src/engine/download-size";
import {
  familyOf,
  matches,
  pickerGroups,
} from "../../../../src/ui/models/model-list";

const catalog = toCatalog(prebuiltAppConfig.model_list);
const entry = (id: string) => findEntry(catalog, id)!;

describe("the model picker's list", () => {
  it("groups the featured models by family, Llama 2 first", () => {
    const groups = pickerGroups(catalog, { query: "", showAll: false });
    expect(groups.map((g) => g.family)).toEqual([
      "Llama 2",
      "Llama 3.2",
      "Llama 3.1",
      "TinyLlama",
    ]);
    expect(groups[0].entries[0].name).toBe("Llama 2 7B chat");
    expect(groups.flatMap((g) => g.entries).every((e) => e.featured)).toBe(
      true,
    );
  });

  it("adds a selected model from outside the featured ones, and every model on request", () => {
    const qwen = catalog.find((e) => e.id.startsWith("Qwen2.5-0.5B"))!;
    const withSelected = pickerGroups(catalog, {
      query: "",
      showAll: false,
      selectedId: qwen.id,
    });
    expect(withSelected.at(-1)).toEqual({ family: "Qwen", entries: [qwen] });
    const all = pickerGroups(catalog, { query: "", showAll: true });
    expect(all.flatMap((g) => g.entries)).toHaveLength(catalog.length);
  });

  it("searches every model by all the words typed, in name, build and id", () => {
    const found = pickerGroups(catalog, {
      query: "3.2 1b q4f32",
      showAll: false,
    })
      .flatMap((g) => g.entries)
      .map((e) => e.id);
    expect(found).toEqual(["Llama-3.2-1B-Instruct-q4f32_1-MLC"]);
    expect(
      matches(entry("Llama-2-7b-chat-hf-q4f16_1-MLC"), "LLAMA 2 chat"),
    ).toBe(true);
    expect(
      pickerGroups(catalog, { query: "no such model", showAll: true }),
    ).toEqual([]);
  });

  it("names families as people say them", () => {
    expect(familyOf(entry("TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC"))).toBe(
      "TinyLlama",
    );
    expect(familyOf(entry("Llama-3.1-8B-Instruct-q4f32_1-MLC"))).toBe(
      "Llama 3.1",
    );
    expect(
      familyOf({ ...entry("Llama-3.1-8B-Instruct-q4f32_1-MLC"), custom: true }),
    ).toBe("Added by you");
  });
});

describe("download size", () => {
  it("is estimated from the parameters and the quantisation before anything is known", () => {
    const size = downloadSize(entry("Llama-2-7b-chat-hf-q4f16_1-MLC"));
    // 7e9 weights × 4.5 bits: about 3.9 GB (the real files are 3.8 GB).
    expect(size).toEqual({ bytes: 3_937_500_000, exact: false });
    expect(downloadSize(entry("Llama-2-7b-chat-hf-q4f32_1-MLC"))?.bytes).toBe(
      4_375_000_000,
    );
  });

  it("is exact once the model's files are planned or stored", () => {
    const llama = entry("Llama-2-7b-chat-hf-q4f16_1-MLC");
    expect(
      downloadSize(llama, { kind: "ready", bytes: 3_800_000_000 }),
    ).toEqual({ bytes: 3_800_000_000, exact: true });
    expect(
      downloadSize(llama, { kind: "paused", storedBytes: 1, totalBytes: 9 }),
    ).toEqual({ bytes: 9, exact: true });
    expect(downloadSize({ ...llama, weightBytes: 123 })).toEqual({
      bytes: 123,
      exact: true,
    });
  });

  it("is unknown when the name says nothing of the model's size", () => {
    expect(
      downloadSize({
        ...entry("Llama-2-7b-chat-hf-q4f16_1-MLC"),
        id: "mystery",
        quantization: "",
      }),
    ).toBeUndefined();
  });
});
