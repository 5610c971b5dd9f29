import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { FIGURES_FILE, SMOKE, brokenNumbers, type Figure } from "./figure";
import { writeResults } from "./results";

export {
  FIGURES_FILE,
  SMOKE,
  brokenNumbers,
  meetsTarget,
  type Figure,
} from "./figure";

/**
 * Records one figure for the report. Throws on a value, baseline or ratio that is not a
 * finite number (a zero baseline included): such a figure is a broken benchmark, and the
 * smoke run in `npm test` must fail on it rather than print a dash.
 */
export function recordFigure(
  f: Omit<Figure, "ratio" | "range"> & { runs?: Runs },
): Figure {
  const { runs, ...rest } = f;
  const figure: Figure = {
    ...rest,
    ratio: f.baseline.value === 0 ? NaN : f.value / f.baseline.value,
    ...(runs ? { range: ratioRange(runs) } : {}),
  };
  const broken = brokenNumbers(figure);
  if (broken)
    throw new Error(`Benchmark figure "${f.id}" is not usable: ${broken}`);
  mkdirSync(dirname(FIGURES_FILE), { recursive: true });
  appendFileSync(FIGURES_FILE, JSON.stringify(figure) + "\n");
  // Under `npm run bench` (its setup names the run), results.json and the docs table are
  // brought up to date now: a run that stops early keeps every figure it measured.
  if (process.env.BENCH_RUN_DATE && !SMOKE) writeResults(false);
  return figure;
}

/** Each run's sample of a figure and of its baseline, in run order (paired). */
export interface Runs {
  value: number[];
  baseline: number[];
}

function ratioRange({ value, baseline }: Runs): [number, number] {
  if (value.length !== baseline.length || value.length === 0)
    throw new Error("runs must pair each value with its baseline");
  const ratios = value.map((v, i) => v / baseline[i]);
  return [Math.min(...ratios), Math.max(...ratios)];
}

/** Median of repeated samples: steadier than the mean on a shared 2-core machine. */
export function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
