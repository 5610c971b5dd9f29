/**
 * Where the benchmark servers listen. `HEARTH_BENCH_PORT` moves them all, so two checkouts
 * can bench side by side; each is a `vite preview` of one build, on 127.0.0.1.
 */
const base = Number(process.env.HEARTH_BENCH_PORT ?? 4180);

export const benchPorts = {
  /** dist/: the production build. */
  production: base,
  /** dist-e2e/: the same app with the scripted test engine. */
  scripted: base + 1,
  /** bench/out/baseline-dist/: the minimal Preact page (bench/baseline-app/). */
  baseline: base + 2,
  /** bench/out/gpu-dist/: the GPU throughput page (bench/gpu/). */
  gpu: base + 3,
} as const;

export type BenchServer = keyof typeof benchPorts;

export const benchOrigin = (server: BenchServer) =>
  `http://127.0.0.1:${benchPorts[server]}`;
