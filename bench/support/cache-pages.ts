import { fileURLToPath } from "node:url";
import { build, type Plugin } from "vite";
import { webLlmIdbPatch } from "../../build/webllm-idb-patch.ts";

/** Bench-only: exports tvmjs's module object from web-llm so the page can reach its caches. */
function exposeTvm(): Plugin {
  return {
    name: "bench-expose-tvmjs",
    transform(code, id) {
      if (!/@mlc-ai[\\/]web-llm[\\/]lib[\\/]index\.js$/.test(id))
        return undefined;
      if (!code.includes("var libExports$2 = requireLib$2();"))
        throw new Error("tvmjs export shape changed");
      return {
        code: `${code}\nexport { libExports$2 as __tvmjs };\n`,
        map: null,
      };
    },
  };
}

/**
 * Builds the cache page twice, into sibling folders of bench/out/: with Hearth's patch (as
 * shipped) and stock. Asset paths are relative, so one server of bench/out/ serves both
 * from one origin, and both pages share that origin's storage.
 */
export async function buildCachePages(): Promise<{
  root: string;
  patched: string;
  stock: string;
}> {
  const root = fileURLToPath(new URL("../cache-page", import.meta.url));
  const out = (name: string) =>
    fileURLToPath(new URL(`../out/${name}`, import.meta.url));
  for (const [name, patched] of [
    ["cache-patched", true],
    ["cache-stock", false],
  ] as const) {
    await build({
      configFile: false,
      root,
      base: "./",
      logLevel: "silent",
      worker: {
        format: "es",
        plugins: () => [exposeTvm(), ...(patched ? [webLlmIdbPatch()] : [])],
      },
      build: {
        outDir: out(name),
        emptyOutDir: true,
        target: "es2022",
        chunkSizeWarningLimit: 8000,
      },
    });
  }
  return {
    root: out(""),
    patched: "/cache-patched/",
    stock: "/cache-stock/",
  };
}
