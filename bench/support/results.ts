import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import {
  FIGURES_FILE,
  SMOKE,
  brokenNumbers,
  meetsTarget,
  type Figure,
} from "./figure";

const RESULTS = "bench/results.json";
const DOC = "docs/BENCHMARKS.md";
const TABLE_START = "<!-- results:start -->";
const TABLE_END = "<!-- results:end -->";

/** A figure as kept in results.json: when it was measured, since a run may cover a few. */
type Kept = Figure & { measuredAt: string };

interface Results {
  date: string;
  machine: string;
  node: string;
  chromium: string;
  smoke: boolean;
  figures: Kept[];
}

function chromiumVersion(): string {
  try {
    return execFileSync(
      process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      ["--version"],
      // Debian's wrapper script mutters on stderr; only the version line matters.
      { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] },
    ).trim();
  } catch {
    return "unknown";
  }
}

const num = (n: number) =>
  !Number.isFinite(n)
    ? "–"
    : Math.abs(n) >= 100
      ? n.toFixed(0)
      : Math.abs(n) >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

const amount = (n: number, unit: Figure["unit"]) =>
  unit === "bytes" ? `${num(n / 1024)} KiB` : `${num(n)} ${unit}`;

function targetText(t: NonNullable<Figure["target"]>): string {
  const bounds = [
    t.max !== undefined
      ? `≤ ${t.on === "value" && t.max >= 1024 ? `${t.max / 1024} KiB` : t.max}`
      : "",
    t.min !== undefined ? `≥ ${t.min}` : "",
  ].filter(Boolean);
  return `${t.on === "value" ? "value" : "ratio"} ${bounds.join(", ")}`;
}

function table(figures: Kept[], runDate: string): string {
  const rows = figures.map((f) => {
    const ok = meetsTarget(f);
    const verdict = ok === undefined ? "" : ok ? "met" : "**missed**";
    const earlier = f.measuredAt !== runDate ? ` (run of ${f.measuredAt})` : "";
    return `| ${f.title}${earlier} | ${amount(f.value, f.unit)} | ${f.baseline.title}: ${amount(f.baseline.value, f.unit)} | ${num(f.ratio)}${f.range ? ` (${num(f.range[0])}–${num(f.range[1])})` : ""} | ${f.target ? targetText(f.target) : ""} | ${verdict} |`;
  });
  const notes = figures
    .filter((f) => f.notes)
    .map((f) => `- \`${f.id}\`: ${f.notes}`);
  return [
    "| figure | value | baseline | ratio (lowest–highest run) | target | |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ...(notes.length ? ["", ...notes] : []),
  ].join("\n");
}

function readFigures(): Figure[] {
  if (!existsSync(FIGURES_FILE)) return [];
  const byId = new Map<string, Figure>();
  for (const line of readFileSync(FIGURES_FILE, "utf8").split("\n")) {
    if (!line) continue;
    const f = JSON.parse(line) as Figure;
    if (byId.has(f.id))
      console.warn(
        `bench: figure "${f.id}" was recorded twice; keeping the last`,
      );
    byId.set(f.id, f);
  }
  return [...byId.values()];
}

/** Figures no benchmark records any more (docs/BENCHMARKS.md says why); never carried over. */
const RETIRED = new Set([
  "download.throughput-100",
  "download.throughput-100-pipelined",
  "download.vs-idb-writes",
  "download.webllm-vs-idb-writes",
  "download.peak-memory-vs-idb-writes",
  "download.fast-line-vs-store",
]);

/** Figures of an earlier full run that this run did not measure (a run of a few files). */
function earlierFigures(measured: Figure[]): Kept[] {
  if (!existsSync(RESULTS)) return [];
  const ids = new Set(measured.map((f) => f.id));
  const old = JSON.parse(readFileSync(RESULTS, "utf8")) as Partial<Results>;
  return (old.figures ?? [])
    .filter((f) => !ids.has(f.id) && !RETIRED.has(f.id))
    .map((f) => ({ ...f, measuredAt: f.measuredAt ?? old.date ?? "unknown" }));
}

/**
 * Writes bench/results.json and the table in docs/BENCHMARKS.md from the figures of this
 * run so far, plus those of earlier runs this one has not measured (marked with their
 * date, and named in the header). Called after every figure (`final` false: the header
 * says the run is under way, so one that stopped early says so) and at teardown. The
 * smoke run only checks its figures and writes bench/out/.
 */
export function writeResults(final: boolean): void {
  const figures = readFigures();
  const date = process.env.BENCH_RUN_DATE ?? new Date().toISOString();
  const meta = {
    date,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    smoke: SMOKE,
  };
  const now: Kept[] = figures.map((f) => ({ ...f, measuredAt: date }));
  const header = `Run ${meta.date} on ${meta.machine}; ${meta.chromium}; Node ${meta.node}.`;
  if (final) console.log(`\n${header}\n${table(now, date)}\n`);

  // recordFigure refuses these already; this catches a figure written some other way.
  const broken = figures
    .map((f) => [f.id, brokenNumbers(f)] as const)
    .filter(([, why]) => why);
  if (broken.length)
    throw new Error(
      `Benchmark figures with unusable numbers: ${broken.map(([id, why]) => `${id} (${why})`).join("; ")}`,
    );

  if (SMOKE) {
    // The smoke run proves the harness works; its tiny-size numbers are not worth keeping.
    mkdirSync("bench/out", { recursive: true });
    writeFileSync(
      "bench/out/smoke-results.json",
      JSON.stringify({ ...meta, figures: now }, null, 2) + "\n",
    );
    return;
  }
  if (figures.length === 0) return;
  const earlier = earlierFigures(figures);
  const kept = [...now, ...earlier];
  const status = [
    final
      ? ""
      : "Run under way or stopped early: this table is written after each figure.",
    earlier.length
      ? `Not measured in this run (values of an earlier run, dated): ${earlier.map((f) => `\`${f.id}\``).join(", ")}.`
      : "",
  ].filter(Boolean);
  const results: Results & { partial: boolean; missing: string[] } = {
    ...meta,
    partial: !final,
    missing: earlier.map((f) => f.id),
    figures: kept,
  };
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
  const doc = readFileSync(DOC, "utf8");
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${DOC} lacks the ${TABLE_START} … ${TABLE_END} markers`);
  const updated = `${doc.slice(0, start + TABLE_START.length)}\n${[header, ...status].join(" ")}\n\n${table(kept, date)}\n${doc.slice(end)}`;
  writeFileSync(DOC, updated);
}
