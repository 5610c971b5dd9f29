import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The initial-load baseline: same plugin, target and preview server as the app, its own
// output folder under bench/out/ (see bench/initial-load.bench.ts).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL("../out/baseline-dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
  },
  preview: { host: "127.0.0.1", strictPort: true },
});
