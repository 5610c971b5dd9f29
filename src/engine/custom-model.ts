import type { CatalogEntry } from "./catalog";

export interface AddModelInput {
  modelUrl: string;
  libraryUrl: string;
  name: string;
}

/** Checks the form before any request: both URLs absolute http(s). Returns a problem or undefined. */
export function checkAddModelInput(input: AddModelInput): string | undefined {
  for (const [label, value] of [
    ["Model URL", input.modelUrl],
    ["Model library URL", input.libraryUrl],
  ] as const) {
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      return `${label} is not a web address. It should start with https://`;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      return `${label} must start with https:// (or http:// for a local server).`;
    }
  }
  if (!/\.wasm$/i.test(new URL(input.libraryUrl.trim()).pathname)) {
    return "Model library URL should point to the model's .wasm file.";
  }
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
    vramMB: 0,
    contextWindow: details.contextWindow ?? 4096,
    lowResource: false,
    requiredFeatures: [],
    bufferSizeRequired: null,
    featured: true,
    host: url.hostname,
    modelUrl: url.href,
    modelLib: new URL(input.libraryUrl.trim()).href,
    custom: true,
    ...(details.weightBytes > 0 ? { downloadBytes: details.weightBytes } : {}),
  };
}
