import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { SerialWriter } from "../../../../src/worker/downloads/serial-writer";
import {
  readManifest,
  writeManifest,
  type ModelManifest,
} from "../../../../src/worker/downloads/manifest";
import type * as ManifestExports from "../../../../src/worker/downloads/manifest";
import { get } from "../../../../src/worker/downloads/web-llm-db";
import {
  SCOPES,
  type PlannedFile,
} from "../../../../src/worker/downloads/layout";

type ManifestModule = typeof ManifestExports;

vi.mock("../../../../src/worker/downloads/manifest", async (load) => {
  const real = await load<ManifestModule>();
  return { ...real, writeManifest: vi.fn(real.writeManifest) };
});

const shard = (i: number): PlannedFile => ({
  kind: "shard",
  url: `http://127.0.0.1/m/resolve/main/params_shard_${i}.bin`,
  scope: SCOPES.model,
  bytes: 1024,
});

describe("SerialWriter", () => {
  it("stores every file, and the manifest ends with all of them without one write per file", async () => {
    const manifest: ModelManifest = {
      modelId: "sw",
      files: [],
      totalBytes: 8 * 1024,
      storedBytes: 0,
      state: "downloading",
      updatedAt: 0,
    };
    const writer = new SerialWriter(manifest);
    vi.mocked(writeManifest).mockClear();
    // Eight writes handed over at once, as lanes finishing together do.
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        writer.store(shard(i), new Uint8Array(1024).fill(i).buffer),
      ),
    );
    await writer.settled();
    for (let i = 0; i < 8; i++)
      expect(
        new Uint8Array(
          (await get(SCOPES.model, shard(i).url)) as ArrayBuffer,
        )[0],
      ).toBe(i);
    expect((await readManifest("sw"))?.storedBytes).toBe(8 * 1024);
    // One waiting write takes the latest state: fewer writes than files, never more.
    const writes = vi.mocked(writeManifest).mock.calls.length;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(writes).toBeLessThan(8);
  });
});
