import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../test/e2e/support/chromium.ts";

// Benchmarks are Playwright files (bench/*.bench.ts) so they drive the same real Chromium
// as the tests. One at a time: two benchmarks sharing 2 cores would measure each other.
const base = Number(process.env.HEARTH_BENCH_PORT ?? 4180);

export default defineConfig({
  testDir: ".",
  testMatch: "*.bench.ts",
  timeout: 10 * 60_000,
  workers: 1,
  retries: 0,
  reporter: "list",
  globalSetup: "./support/setup.ts",
  globalTeardown: "./support/report.ts",
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs({ webgpu: true }),
    },
  },
  projects: [
    { name: "production", use: { baseURL: `http://127.0.0.1:${base}` } },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${base} --strictPort`,
      url: `http://127.0.0.1:${base}`,
      cwd: "..",
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --mode e2e --port ${base + 1} --strictPort`,
      url: `http://127.0.0.1:${base + 1}`,
      cwd: "..",
      reuseExistingServer: false,
    },
  ],
});
