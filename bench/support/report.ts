import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { FIGURES_FILE, SMOKE, meetsTarget, type Figure } from "./figures";

const RESULTS = "bench/results.json";
const DOC = "docs/BENCHMARKS.md";
const TABLE_START = "<!-- results:start -->";
const TABLE_END = "<!-- results:end -->";

function chromiumVersion(): string {
  try {
    return execFileSync(
      process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      ["--version"],
      {
        encoding: "utf8",
      },
    ).trim();
  } catch {
    return "unknown";
  }
}

const fmt = (n: number) =>
  !Number.isFinite(n)
    ? "–"
    : Math.abs(n) >= 100
      ? n.toFixed(0)
      : Math.abs(n) >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    const target = f.target
      ? `${f.target.on === "value" ? "value" : "ratio"} ${f.target.max !== undefined ? `≤ ${f.target.max}` : ""}${f.target.min !== undefined ? `≥ ${f.target.min}` : ""}`
      : "";
    const ok = meetsTarget(f);
    const verdict = ok === undefined ? "" : ok ? "met" : "**missed**";
    return `| ${f.title} | ${fmt(f.value)} ${f.unit} | ${f.baseline.title}: ${fmt(f.baseline.value)} ${f.unit} | ${fmt(f.ratio)} | ${target} | ${verdict} |`;
  });
  return [
    "| figure | value | baseline | ratio | target | |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** Playwright global teardown: gathers the figures into results.json and the docs table. */
export default function report(): void {
  if (!existsSync(FIGURES_FILE)) return;
  const figures: Figure[] = readFileSync(FIGURES_FILE, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Figure);
  const meta = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
    smoke: SMOKE,
  };
  const header = `Run ${meta.date} on ${meta.machine}; ${meta.chromium}; Node ${meta.node}.`;
  console.log(`\n${header}\n${table(figures)}\n`);
  if (SMOKE) {
    // The smoke run proves the harness works; its tiny-size numbers are not worth keeping.
    mkdirSync("bench/out", { recursive: true });
    writeFileSync(
      "bench/out/smoke-results.json",
      JSON.stringify({ ...meta, figures }, null, 2),
    );
    return;
  }
  writeFileSync(RESULTS, JSON.stringify({ ...meta, figures }, null, 2) + "\n");
  const doc = readFileSync(DOC, "utf8");
  const start = doc.indexOf(TABLE_START);
  const end = doc.indexOf(TABLE_END);
  if (start < 0 || end < start)
    throw new Error(`${DOC} lacks the ${TABLE_START} … ${TABLE_END} markers`);
  const updated = `${doc.slice(0, start + TABLE_START.length)}\n${header}\n\n${table(figures)}\n${doc.slice(end)}`;
  writeFileSync(DOC, updated);
}
