import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

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
  /** The target on the ratio (or on the value, when `on` is "value"). */
  target?: { max?: number; min?: number; on?: "ratio" | "value" };
  notes?: string;
}

export const FIGURES_FILE = "bench/out/figures.jsonl";
/** `BENCH_SMOKE=1` (part of `npm test`) runs every benchmark at tiny sizes. */
export const SMOKE = process.env.BENCH_SMOKE === "1";

/**
 * Records one figure for the report. Throws on a value, baseline or ratio that is not a
 * finite number (a zero baseline included): such a figure is a broken benchmark, and the
 * smoke run in `npm test` must fail on it rather than print a dash.
 */
export function recordFigure(f: Omit<Figure, "ratio">): Figure {
  const figure: Figure = {
    ...f,
    ratio: f.baseline.value === 0 ? NaN : f.value / f.baseline.value,
  };
  const broken = brokenNumbers(figure);
  if (broken)
    throw new Error(`Benchmark figure "${f.id}" is not usable: ${broken}`);
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify(figure) + "\n");
  return figure;
}

/** Which of a figure's numbers are not finite, in words; undefined when all are. */
export function brokenNumbers(f: Figure): string | undefined {
  const bad = [
    ["value", f.value],
    ["baseline", f.baseline.value],
    ["ratio", f.ratio],
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

/** Median of repeated samples: steadier than the mean on a shared 2-core machine. */
export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
