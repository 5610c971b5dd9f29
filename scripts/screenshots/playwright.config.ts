import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../test/e2e/support/chromium.ts";

/**
 * `npm run screenshots`: the e2e build (scripted engine) photographed in each state, light
 * and dark, desktop and phone, into docs/screenshots/. The spec serves dist-e2e itself on
 * a free port, so this config starts no server.
 */
export default defineConfig({
  testDir: ".",
  testMatch: "*.shots.ts",
  // Not the e2e suite's test-results/, which a run here would otherwise wipe.
  outputDir: join(tmpdir(), "hearth-screenshots-results"),
  timeout: 180_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: "line",
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs({ webgpu: true }),
    },
  },
});
