import { describe, expect, it } from "vitest";
import { checkSpace, diskFullAdvice } from "../../../src/engine/storage-check";

const MiB = 2 ** 20;

describe("space before and during a download (issue 21)", () => {
  it("refuses with sizes when the estimate says the model will not fit", () => {
    expect(checkSpace(70e6, { usage: 0, quota: 16e6 })).toBe(
      "This model needs 0.07 GB, 0.02 GB free. Free some space or pick a smaller model.",
    );
    expect(checkSpace(10e6, { usage: 0, quota: 16e6 })).toBeUndefined();
  });

  it("says what is stored, what is missing, and what else could be deleted, largest first", () => {
    const text = diskFullAdvice({ stored: 160 * MiB, total: 384 * MiB }, [
      { name: "TinyLlama q4f16_1", bytes: 600 * MiB },
      { name: "Llama 3.2 1B q4f16_1", bytes: 1.5 * 1024 * MiB },
      { name: "Not downloaded", bytes: 0 },
    ]);
    expect(text).toBe(
      "160 MB of 384 MB are stored and kept; the model needs 224 MB more. Hearth also holds Llama 3.2 1B q4f16_1 (1.5 GB) and TinyLlama q4f16_1 (600 MB): deleting one in Manage models frees its space. Free at least 224 MB, then press Resume.",
    );
  });

  it("says so when nothing else of Hearth's could make room", () => {
    expect(diskFullAdvice({ stored: 0, total: 64 * MiB }, [])).toContain(
      "Hearth holds no other model",
    );
  });
});
