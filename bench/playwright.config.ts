import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../test/e2e/support/chromium.ts";
import { SMOKE } from "./support/figures.ts";
import { benchPorts } from "./support/servers.ts";

// Benchmarks are Playwright files (bench/*.bench.ts) so they drive the same real Chromium
// as the tests. One at a time: two benchmarks sharing 2 cores would measure each other.
// bench/*.check.ts are plain tests of bench pages (no figures); they run in both modes.
// The global setup serves the builds (support/servers.ts has the ports).

export default defineConfig({
  testDir: ".",
  testMatch: ["*.bench.ts", "*.check.ts"],
  // The full run must finish in 8 minutes (issue 10; docs/BENCHMARKS.md says how). The smoke run takes about 20 s on a quiet
  // 2-core machine; its limits are loose so a busy machine slows `npm test`, not fails it.
  timeout: SMOKE ? 60_000 : 5 * 60_000,
  globalTimeout: SMOKE ? 3 * 60_000 : 8 * 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: "list",
  globalSetup: "./support/setup.ts",
  globalTeardown: "./support/report.ts",
  use: {
    baseURL: `http://127.0.0.1:${benchPorts.production}`,
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs({ webgpu: true }),
    },
  },
});
