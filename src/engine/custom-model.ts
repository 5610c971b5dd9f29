import { t } from "../i18n/locale";
import type { CatalogEntry } from "./catalog";
import { checkWebAddress, isWasmAddress } from "./web-address";

export interface AddModelInput {
  modelUrl: string;
  libraryUrl: string;
  name: string;
}

/** Checks the form before any request: both URLs absolute http(s). Returns a problem or undefined. */
export function checkAddModelInput(input: AddModelInput): string | undefined {
  const problem =
    checkWebAddress(t("engine.addModel.modelUrl"), input.modelUrl) ??
    checkWebAddress(t("engine.addModel.libraryUrl"), input.libraryUrl);
  if (problem) return problem;
  if (!isWasmAddress(input.libraryUrl)) return t("engine.addModel.notWasm");
  return undefined;
}

/** A catalog entry for a user's model, named after the form's Name or the URL's last part. */
export function customEntry(
  input: AddModelInput,
  details: { contextWindow?: number; weightBytes: number },
  taken: ReadonlySet<string>,
): CatalogEntry {
  const url = new URL(input.modelUrl.trim());
  const fallback =
    url.pathname
      .split("/")
      .filter((p) => p && p !== "resolve" && p !== "main")
      .at(-1) ?? url.hostname;
  const name = input.name.trim() || fallback;
  let id = `custom-${name.replace(/[^A-Za-z0-9._-]+/g, "-")}`;
  for (let n = 2; taken.has(id); n++)
    id = `custom-${name.replace(/[^A-Za-z0-9._-]+/g, "-")}-${n}`;
  return {
    id,
    name,
    quantization: "",
    // web-llm's records state their GPU memory; a model added by URL has only its weights'
    // size, from which the fit advisor estimates it (memory-need.ts).
    vramMB: 0,
    ...(details.weightBytes > 0 ? { weightBytes: details.weightBytes } : {}),
    contextWindow: details.contextWindow ?? 4096,
    lowResource: false,
    requiredFeatures: [],
    bufferSizeRequired: null,
    featured: true,
    host: url.hostname,
    modelUrl: url.href,
    modelLib: new URL(input.libraryUrl.trim()).href,
    custom: true,
  };
}
