import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { modelCatalog } from "./build/model-catalog-plugin.ts";
import { webLlmIdbPatch } from "./build/webllm-idb-patch.ts";
import { pdfjsNoEval } from "./build/pdfjs-no-eval.ts";
import { pwa } from "./build/pwa.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Names the build in the page (`<html data-build>`), so a deploy and its update can be told
// apart; HEARTH_BUILD_ID overrides it (the update test builds A and B from one source).
const buildId = () =>
  process.env.HEARTH_BUILD_ID ?? process.env.npm_package_version ?? "dev";

// `vite build --mode e2e` swaps web-llm for the scripted engine and writes dist-e2e/.
// The swap is an alias, not a runtime flag, so production bundles cannot reach the script.
export default defineConfig(({ mode }) => {
  const e2e = mode === "e2e";
  return {
    // Relative URLs everywhere, so one dist/ works at /, /hearth/ or /a/b/c/ unchanged:
    // index.html loads ./assets/…, chunks and the engine worker resolve against
    // import.meta.url, CSS fonts against the CSS file (docs/ARCHITECTURE.md, "Any path").
    base: "./",
    plugins: [preact(), modelCatalog(), pwa()],
    define: { __HEARTH_BUILD__: JSON.stringify(buildId()) },
    resolve: {
      alias: {
        "#engine-backend": here(
          e2e
            ? "./src/worker/scripted-backend.ts"
            : "./src/worker/webllm-backend.ts",
        ),
        // The main thread's side of the same swap: what it must know of the engine.
        "#engine-traits": here(
          e2e
            ? "./src/engine/backend/scripted-traits.ts"
            : "./src/engine/backend/webllm-traits.ts",
        ),
      },
    },
    worker: {
      format: "es",
      plugins: () => [modelCatalog(), webLlmIdbPatch(), pdfjsNoEval()],
    },
    build: {
      outDir: e2e ? "dist-e2e" : "dist",
      target: "es2022",
      // Every browser Hearth runs in (WebGPU) has modulepreload; Vite's polyfill would
      // run in the entry before the first paint and watch every DOM change after it.
      modulePreload: { polyfill: false },
      // No data: URLs (KaTeX's smaller fonts would become some): a CSP of 'self' refuses them.
      assetsInlineLimit: 0,
      // web-llm is one 6.8 MB module that lives only in the worker chunk (REFERENCE.md).
      chunkSizeWarningLimit: 8000,
    },
    server: { host: "127.0.0.1" },
    preview: { host: "127.0.0.1", port: e2e ? 4174 : 4173, strictPort: true },
  };
});
