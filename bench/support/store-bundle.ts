import { fileURLToPath } from "node:url";
import { build, type Rolldown } from "vite";

/** The store code as one script that sets `window.hearthBench`, built fresh for each run. */
export async function storeBundle(): Promise<string> {
  const entry = fileURLToPath(new URL("./store-entry.ts", import.meta.url));
  const result = (await build({
    configFile: false,
    logLevel: "silent",
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ["iife"], name: "hearthBench" },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const output = Array.isArray(result) ? result[0] : result;
  return output.output[0].type === "chunk" ? output.output[0].code : "";
}
