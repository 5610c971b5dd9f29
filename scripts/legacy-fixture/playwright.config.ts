import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../test/e2e/support/chromium.ts";

// Run once, by hand, against the e2e build of the release before issue 13 (see make.spec.ts).
export default defineConfig({
  testDir: ".",
  testMatch: "make.spec.ts",
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  use: {
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs({ webgpu: true }),
    },
  },
});
