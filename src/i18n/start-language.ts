import { localStore } from "../storage/local-store";
import { isLanguage, pickLanguage, type LanguageCode } from "./languages";

// Read by the start-up entry: nothing here imports a catalog.
export const LANGUAGE_KEY = "hearth.language";

/** The language the person chose in Hearth, if they ever did. */
export function savedLanguage(): LanguageCode | null {
  try {
    const v = localStore()?.getItem(LANGUAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/** The first of the browser's languages Hearth speaks (no storage read: nothing to wait for). */
export function browserLanguage(): LanguageCode {
  return pickLanguage(
    navigator.languages?.length ? navigator.languages : [navigator.language],
  );
}

/** The language to start in: the person's choice, else the browser's. */
export function startLanguage(): LanguageCode {
  return savedLanguage() ?? browserLanguage();
}
