import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./test/e2e/support/chromium.ts";

// Ports can move (HEARTH_PORT) so two checkouts can test side by side; 4173/4174 by default.
const base = Number(process.env.HEARTH_PORT ?? 4173);
const prodPort = base;
const e2ePort = base + 1;

export default defineConfig({
  testDir: "test/e2e",
  globalSetup: "./test/e2e/browser-version.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? "line" : "list",
  use: {
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs({ webgpu: true }) },
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "production",
      testMatch: "production/**/*.spec.ts",
      use: { baseURL: `http://127.0.0.1:${prodPort}` },
    },
    {
      name: "scripted",
      testMatch: "scripted/**/*.spec.ts",
      use: { baseURL: `http://127.0.0.1:${e2ePort}` },
    },
    {
      // Builds published at sub-paths by the tests' own server (free port), with the
      // shipped _headers: docs/ARCHITECTURE.md, "Any path".
      name: "deploy",
      testMatch: "deploy/**/*.spec.ts",
    },
  ],
  webServer: [
    {
      command: `npx vite preview --port ${prodPort} --strictPort`,
      url: `http://127.0.0.1:${prodPort}`,
      reuseExistingServer: false,
    },
    {
      command: `npx vite preview --mode e2e --port ${e2ePort} --strictPort`,
      url: `http://127.0.0.1:${e2ePort}`,
      reuseExistingServer: false,
    },
  ],
});
