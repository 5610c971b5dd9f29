import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../../../src/worker/downloads/layout";
import {
  writeManifest,
  type ModelManifest,
} from "../../../../src/worker/downloads/manifest";
import { saveToFolder } from "../../../../src/worker/downloads/save-folder";
import { put } from "../../../../src/worker/downloads/web-llm-db";
import type { EngineBackend, Reply } from "../../../../src/engine/protocol";
import { createDispatcher } from "../../../../src/worker/dispatcher";

/** A folder as the File System Access API hands it over, in memory. */
class MemoryFolder {
  readonly files = new Map<string, Uint8Array>();
  readonly dirs = new Map<string, MemoryFolder>();
  constructor(
    readonly name = "picked",
    private readonly refuse?: string,
  ) {}
  async getDirectoryHandle(name: string) {
    let d = this.dirs.get(name);
    if (!d) this.dirs.set(name, (d = new MemoryFolder(name, this.refuse)));
    return d;
  }
  async getFileHandle(name: string) {
    const files = this.files;
    const refuse = this.refuse;
    return {
      async createWritable() {
        if (refuse) throw new DOMException("denied", refuse);
        const chunks: Uint8Array[] = [];
        return new WritableStream<Uint8Array>({
          write: (c) => void chunks.push(c),
          // As Chromium does: the file changes only when the stream closes.
          close: () => void files.set(name, Buffer.concat(chunks)),
        });
      },
    };
  }
}

const base = "http://127.0.0.1:9/models/m/resolve/main/";
const lib = "http://127.0.0.1:9/libs/m.wasm";
const bytes = (n: number, seed: number) =>
  Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed) & 0xff);
const tensorCache = {
  metadata: { ParamSize: 2, ParamBytes: 8, BitsPerParam: 32 },
  records: [
    { dataPath: "params_shard_0.bin", nbytes: 3000, md5sum: "a" },
    { dataPath: "params_shard_1.bin", nbytes: 2000, md5sum: "b" },
  ],
};

async function storeModel(id: string, state: ModelManifest["state"]) {
  const config = new TextEncoder().encode(
    '{"tokenizer_files":["tokenizer.json"]}',
  );
  await put(SCOPES.config, base + "mlc-chat-config.json", config.buffer);
  await put(SCOPES.wasm, lib, bytes(500, 9).buffer);
  await put(SCOPES.model, base + "tokenizer.json", bytes(100, 7).buffer);
  await put(SCOPES.model, base + "params_shard_0.bin", bytes(3000, 1).buffer);
  await put(SCOPES.model, base + "params_shard_1.bin", bytes(2000, 2).buffer);
  await put(SCOPES.model, base + "tensor-cache.json", tensorCache);
  await writeManifest({
    modelId: id,
    files: [
      {
        kind: "config",
        url: base + "mlc-chat-config.json",
        scope: SCOPES.config,
      },
      { kind: "wasm", url: lib, scope: SCOPES.wasm },
      { kind: "tokenizer", url: base + "tokenizer.json", scope: SCOPES.model },
      {
        kind: "shard",
        url: base + "params_shard_0.bin",
        scope: SCOPES.model,
        bytes: 3000,
      },
      {
        kind: "shard",
        url: base + "params_shard_1.bin",
        scope: SCOPES.model,
        bytes: 2000,
      },
      {
        kind: "tensor-cache",
        url: base + "tensor-cache.json",
        scope: SCOPES.model,
      },
    ],
    totalBytes: 5000,
    storedBytes: 5000,
    state,
    updatedAt: 0,
  });
}

const source = (id: string) => ({ id, model: base, modelLib: lib });
const asFolder = (f: MemoryFolder) => f as unknown as FileSystemDirectoryHandle;

describe("saveToFolder", () => {
  it("writes every file under its published name, tensor-cache.json as JSON, and the library", async () => {
    await storeModel("whole", "complete");
    const folder = new MemoryFolder();
    const progress: Array<[number, number]> = [];
    const result = await saveToFolder(
      source("whole"),
      asFolder(folder),
      (done, total) => progress.push([done, total]),
      new AbortController().signal,
    );
    expect([...folder.files.keys()].sort()).toEqual([
      "m.wasm",
      "mlc-chat-config.json",
      "params_shard_0.bin",
      "params_shard_1.bin",
      "tensor-cache.json",
      "tokenizer.json",
    ]);
    expect(folder.files.get("params_shard_0.bin")).toEqual(
      Buffer.from(bytes(3000, 1)),
    );
    expect(folder.files.get("m.wasm")).toEqual(Buffer.from(bytes(500, 9)));
    expect(
      JSON.parse(
        new TextDecoder().decode(folder.files.get("tensor-cache.json")),
      ),
    ).toEqual(tensorCache);
    expect(result).toMatchObject({
      files: 6,
      stopped: false,
      libraryLeftOut: false,
    });
    const total = [...folder.files.values()].reduce((n, b) => n + b.length, 0);
    expect(result.bytes).toBe(total);
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it("refuses a model that is not completely downloaded, in words", async () => {
    await storeModel("half", "paused");
    await expect(
      saveToFolder(
        source("half"),
        asFolder(new MemoryFolder()),
        () => {},
        new AbortController().signal,
      ),
    ).rejects.toThrow(/not completely downloaded/);
  });

  it("says in words when the folder may not be written, without the exception's name", async () => {
    await storeModel("denied", "complete");
    const err = await saveToFolder(
      source("denied"),
      asFolder(new MemoryFolder("ro", "NotAllowedError")),
      () => {},
      new AbortController().signal,
    ).catch((e: Error) => e);
    expect((err as Error).message).toMatch(
      /not allowed to write to that folder/,
    );
    expect((err as Error).message).not.toMatch(/NotAllowedError/);
  });

  it("stops when cancelled, reporting what was written", async () => {
    await storeModel("stop", "complete");
    const controller = new AbortController();
    const folder = new MemoryFolder();
    const result = await saveToFolder(
      source("stop"),
      asFolder(folder),
      (done) => {
        if (done > 0) controller.abort();
      },
      controller.signal,
    );
    expect(result.stopped).toBe(true);
    expect(result.files).toBeLessThan(6);
    expect(folder.files.size).toBe(result.files);
  });
});

describe("save-to-folder through the worker protocol", () => {
  const backend = {} as EngineBackend;

  it("answers with progress in bytes, then what was saved", async () => {
    await storeModel("proto", "complete");
    const replies: Reply[] = [];
    const dispatch = createDispatcher(backend, (r) => replies.push(r));
    const folder = new MemoryFolder();
    await dispatch({
      type: "save-to-folder",
      requestId: "s1",
      source: source("proto"),
      folder: asFolder(folder),
    });
    const progress = replies.filter((r) => r.type === "save-progress");
    expect(progress.length).toBeGreaterThan(1);
    const saved = replies.at(-1);
    expect(saved).toMatchObject({
      type: "saved",
      requestId: "s1",
      result: { files: 6, stopped: false },
    });
  });

  it("stops on cancel with the request's id, and fails in words", async () => {
    await storeModel("proto-stop", "complete");
    const replies: Reply[] = [];
    let dispatch: ReturnType<typeof createDispatcher> | undefined = undefined;
    dispatch = createDispatcher(backend, (r) => {
      replies.push(r);
      if (r.type === "save-progress" && r.bytesDone > 0)
        void dispatch!({ type: "cancel", requestId: "s2" });
    });
    await dispatch({
      type: "save-to-folder",
      requestId: "s2",
      source: source("proto-stop"),
      folder: asFolder(new MemoryFolder()),
    });
    expect(replies.at(-1)).toMatchObject({
      type: "saved",
      result: { stopped: true },
    });

    await dispatch({
      type: "save-to-folder",
      requestId: "s3",
      source: source("proto-stop"),
      folder: asFolder(new MemoryFolder("full", "QuotaExceededError")),
    });
    const failed = replies.at(-1) as Extract<Reply, { type: "failed" }>;
    expect(failed.type).toBe("failed");
    expect(failed.error.detail).toMatch(/The folder's disk is full/);
    expect(failed.error.detail).not.toMatch(/QuotaExceededError/);
  });
});
