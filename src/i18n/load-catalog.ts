import type { LanguageCode } from "./languages";
import type { Catalog } from "./messages";

// One chunk per language, fetched only when it is the one in use; the service worker
// precaches them all, so a switch works offline.
const loaders: Record<
  Exclude<LanguageCode, "en">,
  () => Promise<{ default: Catalog }>
> = {
  es: () => import("./es"),
  fr: () => import("./fr"),
  de: () => import("./de"),
  "pt-BR": () => import("./pt-BR"),
  "zh-CN": () => import("./zh-CN"),
  ja: () => import("./ja"),
  ko: () => import("./ko"),
  hi: () => import("./hi"),
  ar: () => import("./ar"),
};

export async function loadCatalog(
  lang: Exclude<LanguageCode, "en">,
): Promise<Catalog> {
  return (await loaders[lang]()).default;
}
