import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts so build-only plugins stay out of unit tests.
export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts"],
    environment: "node",
  },
});
