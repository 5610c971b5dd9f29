/** A benchmark figure's shape and checks, shared by the recorder and the report. */

/**
 * One benchmark figure: a measurement and its baseline, measured in the same run, and
 * their ratio. These machines are noisy, so the ratio is the number that matters.
 */
export interface Figure {
  /** Stable id, e.g. "initial-load.fcp". */
  id: string;
  /** What was measured, in words. */
  title: string;
  unit: "ms" | "bytes" | "MB/s" | "tokens/s" | "count";
  value: number;
  baseline: { title: string; value: number };
  /** value / baseline.value */
  ratio: number;
  /**
   * The lowest and highest ratio of single runs, where each run measured the figure and its
   * baseline side by side (interleaved): how far one run could land from the median.
   */
  range?: [number, number];
  /** The target on the ratio (or on the value, when `on` is "value"). */
  target?: { max?: number; min?: number; on?: "ratio" | "value" };
  notes?: string;
}

export const FIGURES_FILE = "bench/out/figures.jsonl";
/** `BENCH_SMOKE=1` (part of `npm test`) runs every benchmark at tiny sizes. */
export const SMOKE = process.env.BENCH_SMOKE === "1";

/** Which of a figure's numbers are not finite, in words; undefined when all are. */
export function brokenNumbers(f: Figure): string | undefined {
  const bad = [
    ["value", f.value],
    ["baseline", f.baseline.value],
    ["ratio", f.ratio],
    ...(f.range
      ? [
          ["lowest run's ratio", f.range[0]],
          ["highest run's ratio", f.range[1]],
        ]
      : []),
  ].filter(([, n]) => typeof n !== "number" || !Number.isFinite(n));
  return bad.length
    ? bad.map(([name, n]) => `${name} is ${String(n)}`).join(", ")
    : undefined;
}

export function meetsTarget(f: Figure): boolean | undefined {
  if (!f.target) return undefined;
  const x = f.target.on === "value" ? f.value : f.ratio;
  if (f.target.max !== undefined && !(x <= f.target.max)) return false;
  if (f.target.min !== undefined && !(x >= f.target.min)) return false;
  return true;
}
