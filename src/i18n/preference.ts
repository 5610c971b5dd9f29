import en from "./en";
import { applyCatalog } from "./locale";
import type { LanguageCode } from "./languages";
import { loadCatalog } from "./load-catalog";
import { localStore } from "../storage/local-store";
import { LANGUAGE_KEY } from "./start-language";

/** Fetches a language's catalog (from the offline copy once installed) and puts it in use. */
export async function showLanguage(lang: LanguageCode): Promise<void> {
  applyCatalog(lang, lang === "en" ? en : await loadCatalog(lang));
}

/** A choice in the Language menu: applied at once, remembered for the next visit. */
export async function chooseLanguage(lang: LanguageCode): Promise<void> {
  await showLanguage(lang);
  try {
    localStore()?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage refused (private mode, quota): the choice still holds for this visit.
  }
}
