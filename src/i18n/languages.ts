/**
 * The interface languages, each named in its own language. Codes are BCP 47 tags, given
 * as they are to `Intl` and `<html lang>`.
 */
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "es", name: "Español" },
  { code: "fr", name: "Français" },
  { code: "de", name: "Deutsch" },
  { code: "pt-BR", name: "Português (Brasil)" },
  { code: "zh-CN", name: "简体中文" },
  { code: "ja", name: "日本語" },
  { code: "ko", name: "한국어" },
  { code: "hi", name: "हिन्दी" },
  { code: "ar", name: "العربية", dir: "rtl" },
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
