import type { Plugin } from "vite";
import { toCatalog } from "../src/engine/catalog.ts";

const ID = "virtual:model-catalog";
const RESOLVED = "\0" + ID;

/**
 * Bakes web-llm's prebuilt model list into a small JSON module at build time, so the main
 * thread can show the catalog without loading web-llm's 6.8 MB bundle.
 */
export function modelCatalog(): Plugin {
  return {
    name: "hearth-model-catalog",
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { prebuiltAppConfig } = await import("@mlc-ai/web-llm");
      const catalog = toCatalog(prebuiltAppConfig.model_list);
      return `export const catalog = ${JSON.stringify(catalog)};`;
    },
  };
}
