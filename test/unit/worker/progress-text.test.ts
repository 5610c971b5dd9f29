import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseProgress } from "../../../src/worker/progress-text";

const MB = 2 ** 20;

describe("parseProgress", () => {
  it("reads fetched megabytes and derives the total from the fraction", () => {
    const text =
      "Fetching param cache[3/32]: 1024MB fetched. 25% completed, 12 secs elapsed. It can take a while when we first visit this page to populate the cache. Later refreshes will become faster.";
    expect(parseProgress({ progress: 0.25, timeElapsed: 12, text })).toEqual({
      phase: "fetching",
      fraction: 0.25,
      bytesDone: 1024 * MB,
      bytesTotal: 4096 * MB,
      elapsedSeconds: 12,
    });
  });

  it("recognises loading from cache into the GPU", () => {
    const text =
      "Loading model from cache[10/32]: 512MB loaded. 50% completed, 3 secs elapsed.";
    expect(
      parseProgress({ progress: 0.5, timeElapsed: 3, text }),
    ).toMatchObject({
      phase: "loading",
      bytesDone: 512 * MB,
      bytesTotal: 1024 * MB,
    });
  });

  it("recognises shader compilation, with no byte counts", () => {
    const text =
      "Loading GPU shader modules[40/80]: 50% completed, 20 secs elapsed.";
    expect(parseProgress({ progress: 0.5, timeElapsed: 20, text })).toEqual({
      phase: "compiling",
      fraction: 0.5,
      elapsedSeconds: 20,
    });
  });

  it("reads the GPU label from the final report", () => {
    const text = "Finish loading on WebGPU - google swiftshader";
    expect(parseProgress({ progress: 1, timeElapsed: 30, text })).toEqual({
      finishedOn: "WebGPU - google swiftshader",
    });
  });

  it("treats the start of fetching and unknown texts as early phases, clamping the fraction", () => {
    expect(
      parseProgress({
        progress: 0,
        timeElapsed: 0,
        text: "Start to fetch params",
      }),
    ).toEqual({
      phase: "fetching",
      fraction: 0,
      elapsedSeconds: 0,
    });
    expect(
      parseProgress({ progress: 7, timeElapsed: 1, text: "something new" }),
    ).toEqual({
      phase: "starting",
      fraction: 1,
      elapsedSeconds: 1,
    });
  });

  it("matches the progress texts web-llm 0.2.86 really prints", () => {
    // If web-llm rewords its progress, this fails before users see a frozen bar.
    const require = createRequire(import.meta.url);
    const source = readFileSync(require.resolve("@mlc-ai/web-llm"), "utf8");
    for (const needle of [
      '"Fetching param cache["',
      '"MB fetched. "',
      '"Loading model from cache["',
      '"MB loaded. "',
      '"Loading GPU shader modules["',
      '"Finish loading on "',
      '"Start to fetch params"',
    ]) {
      expect(source).toContain(needle);
    }
  });
});
