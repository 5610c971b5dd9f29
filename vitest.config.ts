import { defineConfig } from "vitest/config";
import { modelCatalog } from "./build/model-catalog-plugin.ts";

// Kept apart from vite.config.ts so build-only plugins (the PWA) stay out of unit tests;
// the catalog plugin is here because the scripted engine reads the catalog.
export default defineConfig({
  plugins: [modelCatalog()],
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
  },
});
