import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// A page for bench/streaming.bench.ts only: the app's real markdown component, built the
// way production is (minified, lazy chunks), fed tokens by a worker (ticker.ts) instead
// of the engine. It is its own build, so nothing of it can reach dist/.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/__markdown-bench/",
  plugins: [preact()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../out/markdown-page", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
  },
});
