/**
 * The interface languages, each named in its own language (and in English, for what the
 * model is told). Codes are BCP 47 tags, given as they are to `Intl` and `<html lang>`.
 */
export const LANGUAGES = [
  { code: "en", name: "English", english: "English" },
  { code: "es", name: "Español", english: "Spanish" },
  { code: "fr", name: "Français", english: "French" },
  { code: "de", name: "Deutsch", english: "German" },
  {
    code: "pt-BR",
    name: "Português (Brasil)",
    english: "Brazilian Portuguese",
  },
  { code: "zh-CN", name: "简体中文", english: "Simplified Chinese" },
  { code: "ja", name: "日本語", english: "Japanese" },
  { code: "ko", name: "한국어", english: "Korean" },
  { code: "hi", name: "हिन्दी", english: "Hindi" },
  { code: "ar", name: "العربية", english: "Arabic", dir: "rtl" },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]["code"];

export function isLanguage(code: unknown): code is LanguageCode {
  return LANGUAGES.some((l) => l.code === code);
}

export function directionOf(code: LanguageCode): "ltr" | "rtl" {
  const lang = LANGUAGES.find((l) => l.code === code);
  return lang && "dir" in lang ? lang.dir : "ltr";
}

/**
 * The first of the browser's preferred languages Hearth speaks: an exact tag first, then
 * the same language in another region ("de-AT" is German, "pt-PT" gets Brazilian
 * Portuguese, any Chinese gets Simplified). English when none matches.
 */
export function pickLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const exact = LANGUAGES.find(
      (l) => l.code.toLowerCase() === tag.toLowerCase(),
    );
    if (exact) return exact.code;
    const base = tag.split("-")[0]!.toLowerCase();
    const same = LANGUAGES.find((l) => l.code.split("-")[0] === base);
    if (same) return same.code;
  }
  return "en";
}

export function languageNamed(code: LanguageCode) {
  return LANGUAGES.find((l) => l.code === code)!;
}
