import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The GPU throughput page (docs/BENCHMARKS.md). `npm run bench:gpu` builds and serves it;
// HEARTH_GPU_PORT moves its port.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../out/gpu-dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    // web-llm is one 6.8 MB module (REFERENCE.md); the page loads it only once WebGPU is found.
    chunkSizeWarningLimit: 8000,
  },
  preview: {
    host: "127.0.0.1",
    port: Number(process.env.HEARTH_GPU_PORT ?? 4190),
    strictPort: true,
  },
});
