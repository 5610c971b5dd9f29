import { describe, expect, it } from "vitest";
import { customEntry } from "../../../src/engine/custom-model";
import { assessFit, type Adapter } from "../../../src/engine/fit-advisor";
import { entryLabel, memoryNeed } from "../../../src/engine/memory-need";

const GiB = 2 ** 30;
const input = {
  modelUrl: "https://models.example.com/my-llama",
  libraryUrl: "https://models.example.com/my-llama.wasm",
  name: "My Llama",
};
const added = (weightBytes: number) =>
  customEntry(input, { weightBytes }, new Set());

// A discrete card (8 GB assumed, 7.5 GB budget) and a phone that says it has 4 GB.
const card: Adapter = {
  kind: "ok",
  vendor: "nvidia",
  architecture: "ampere",
  description: "",
  shaderF16: true,
  maxStorageBufferBindingSize: 2 * GiB,
  maxBufferSize: 4 * GiB,
};
const phone: Adapter = { ...card, vendor: "qualcomm", architecture: "adreno" };

describe("a model added by URL", () => {
  it("keeps its download size, and its memory is estimated from it", () => {
    const entry = added(2 * GiB);
    expect(entry.weightBytes).toBe(2 * GiB);
    expect(entry.vramMB).toBe(0);
    expect(memoryNeed(entry)).toEqual({
      kind: "estimated",
      mb: 3072,
      weightsMB: 2048,
    });
    expect(entryLabel(entry)).toBe("My Llama · about 3.0 GB VRAM (estimated)");
  });

  it("says the memory is unknown when nothing tells it, never 0 MB", () => {
    const entry = added(0);
    expect(entry.weightBytes).toBeUndefined();
    expect(memoryNeed(entry)).toEqual({ kind: "unknown" });
    expect(entryLabel(entry)).toBe("My Llama · GPU memory unknown");
    const fit = assessFit(entry, { gpu: card });
    expect(fit.level).toBe("may-be-tight");
    expect(fit.reason).toMatch(/does not know how much GPU memory/);
  });

  it("runs well when its estimate is well within the budget", () => {
    const fit = assessFit(added(2 * GiB), { gpu: card });
    expect(fit.level).toBe("runs-well");
    expect(fit.reason).toContain(
      "an estimated 3.0 GB (from its 2.0 GB download)",
    );
  });

  it("may be tight when the estimate passes the budget but the weights fit", () => {
    // 6 GB of weights: an estimated 9 GB against 7.5 GB assumed on the card.
    const fit = assessFit(added(6 * GiB), { gpu: card });
    expect(fit.level).toBe("may-be-tight");
    expect(fit.reason).toMatch(/estimates it needs 9\.0 GB.*6\.0 GB download/);
  });

  it("won't run when its weights alone exceed a measured budget", () => {
    // The phone reports 4 GB: 35% of it is about 1.4 GB.
    const profile = { gpu: phone, deviceMemoryGB: 4 };
    expect(assessFit(added(2 * GiB), profile).level).toBe("wont-run");
    // An estimate over budget is never enough to say "won't run".
    expect(assessFit(added(1.2 * GiB), profile).level).toBe("may-be-tight");
  });
});
