import { rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preview, type PreviewServer } from "vite";
import { FIGURES_FILE } from "./figures";
import { benchPorts, type BenchServer } from "./servers";

const repo = (path: string) =>
  fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Each build is served by `vite preview`, as `npm start` serves the app. All four run in
// this one process: four separate `npx vite preview` processes took most of the smoke run's
// time to start on a busy 2-core machine.
const builds: Record<BenchServer, { configFile: string; mode?: string }> = {
  production: { configFile: "vite.config.ts" },
  scripted: { configFile: "vite.config.ts", mode: "e2e" },
  baseline: { configFile: "bench/baseline-app/vite.config.ts" },
  gpu: { configFile: "bench/gpu/vite.config.ts" },
};

/**
 * Playwright global setup: every run starts with no figures from an earlier one, and with
 * the bench servers listening on 127.0.0.1. Returns their teardown.
 */
export default async function setup(): Promise<() => Promise<void>> {
  rmSync(FIGURES_FILE, { force: true });
  // Names this run in every figure written as it is measured (workers inherit the env).
  process.env.BENCH_RUN_DATE = new Date().toISOString();
  const servers: PreviewServer[] = await Promise.all(
    (Object.keys(builds) as BenchServer[]).map((name) => {
      const { configFile, mode } = builds[name];
      return preview({
        configFile: repo(configFile),
        // The app's config leaves root to the working directory; the bench pages set theirs.
        ...(configFile === "vite.config.ts" ? { root: repo(".") } : {}),
        mode,
        logLevel: "warn",
        preview: {
          host: "127.0.0.1",
          port: benchPorts[name],
          strictPort: true,
          open: false,
        },
      });
    }),
  );
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
