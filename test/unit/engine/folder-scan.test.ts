import { describe, expect, it } from "vitest";
import { checkFolderModel, findModels } from "../../../src/engine/folder-scan";

const json = (v: unknown) => new File([JSON.stringify(v)], "x.json");
const file = (bytes = 4) => new File([new Uint8Array(bytes)], "f");
const config = json({
  tokenizer_files: ["tokenizer.json", "tokenizer_config.json"],
});
const cache = (names: string[]) =>
  json({ records: names.map((dataPath) => ({ dataPath, nbytes: 4 })) });

describe("finding models in a folder (issue 22)", () => {
  it("finds each model folder of a tree, with its library, ignoring unrelated files", () => {
    const models = findModels([
      { path: "models/README.md", file: file() },
      { path: "models/A-MLC/mlc-chat-config.json", file: config },
      {
        path: "models/A-MLC/tensor-cache.json",
        file: cache(["params_shard_0.bin"]),
      },
      { path: "models/A-MLC/params_shard_0.bin", file: file() },
      { path: "models/A-MLC/model.safetensors", file: file() },
      { path: "models/A-MLC/libs/A-webgpu.wasm", file: file() },
      { path: "models/B-MLC/mlc-chat-config.json", file: config },
      { path: "models/B-MLC/ndarray-cache.json", file: cache([]) },
      { path: "models/C/notes.txt", file: file() },
    ]);
    expect(models.map((m) => m.id)).toEqual(["A-MLC", "B-MLC"]);
    expect(models[0].library).toBeDefined();
    expect(models[1].library).toBeUndefined();
  });

  it("names every missing shard and a missing tokenizer", async () => {
    const [model] = findModels([
      { path: "M/mlc-chat-config.json", file: config },
      { path: "M/tensor-cache.json", file: cache(["a.bin", "b.bin"]) },
      { path: "M/a.bin", file: file() },
    ]);
    expect(await checkFolderModel(model)).toEqual({
      ok: false,
      problem:
        "M is missing 2 files: b.bin, tokenizer.json. Copy the whole model folder and try again.",
    });
  });

  it("gives the worker the files by their names, an older ndarray-cache.json as tensor-cache.json", async () => {
    const [model] = findModels([
      { path: "M/mlc-chat-config.json", file: config },
      { path: "M/ndarray-cache.json", file: cache(["a.bin"]) },
      { path: "M/a.bin", file: file() },
      { path: "M/tokenizer.json", file: json({}) },
    ]);
    const check = await checkFolderModel(model);
    expect(check.ok && Object.keys(check.files).sort()).toEqual([
      "a.bin",
      "mlc-chat-config.json",
      "tensor-cache.json",
      "tokenizer.json",
    ]);
    expect(check.ok && check.weightBytes).toBe(4);
  });
});
