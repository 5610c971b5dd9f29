import { t } from "../i18n/locale";

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
    return t("engine.address.notAddress", { label });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return t("engine.address.notHttp", { label });
  return undefined;
}

/** Whether a valid address names a `.wasm` file (a model library). */
export const isWasmAddress = (value: string) =>
  /\.wasm$/i.test(new URL(value.trim()).pathname);
