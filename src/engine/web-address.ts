/**
 * Why `value` cannot be the web address a field asks for, in plain words; undefined when
 * it can. One check for every address a person types (Add model, Model host, a folder
 * model's library), so each says the same thing the same way.
 */
export function checkWebAddress(
  label: string,
  value: string,
): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `${label} is not a web address. It should start with https://`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return `${label} must start with https:// (or http:// for a local server).`;
  return undefined;
}

/** Whether a valid address names a `.wasm` file (a model library). */
export const isWasmAddress = (value: string) =>
  /\.wasm$/i.test(new URL(value.trim()).pathname);
