import { describe, expect, it } from "vitest";
import { summarise, weightBytesOf } from "../../../bench/gpu/summary";

const prompt = (prefill: number, decode: number) => ({
  promptTokens: 20,
  completionTokens: 200,
  prefillTokensPerSecond: prefill,
  decodeTokensPerSecond: decode,
  timeToFirstTokenSeconds: 0.1,
});

describe("weightBytesOf", () => {
  it("sums the shards' nbytes of a tensor-cache.json", () => {
    const cache = {
      metadata: {},
      records: [
        { dataPath: "params_shard_0.bin", nbytes: 1000, records: [] },
        { dataPath: "params_shard_1.bin", nbytes: 24, records: [] },
      ],
    };
    expect(weightBytesOf(cache)).toBe(1024);
  });

  it("gives up on anything else rather than guess", () => {
    expect(weightBytesOf(undefined)).toBeUndefined();
    expect(weightBytesOf({ records: [] })).toBeUndefined();
    expect(weightBytesOf({ records: [{ nbytes: "12" }] })).toBeUndefined();
  });
});

describe("summarise", () => {
  it("takes medians over the prompts", () => {
    const s = summarise("m", "gpu", [
      prompt(300, 30),
      prompt(100, 10),
      prompt(200, 20),
    ]);
    expect(s.medianPrefillTokensPerSecond).toBe(200);
    expect(s.medianDecodeTokensPerSecond).toBe(20);
    expect(s.ceilingTokensPerSecond).toBeUndefined();
  });

  it("puts decode against bandwidth ÷ weight bytes", () => {
    // 3.6 GB of weights on a 900 GB/s GPU: every token reads them all, so at most 250/s.
    const s = summarise("m", "gpu", [prompt(500, 100)], 3.6e9, 900);
    expect(s.ceilingTokensPerSecond).toBeCloseTo(250);
    expect(s.fractionOfCeiling).toBeCloseTo(0.4);
  });
});
