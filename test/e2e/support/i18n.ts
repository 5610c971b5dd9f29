import type { Page } from "@playwright/test";
import ar from "../../../src/i18n/ar";
import de from "../../../src/i18n/de";
import en from "../../../src/i18n/en";
import es from "../../../src/i18n/es";
import fr from "../../../src/i18n/fr";
import hi from "../../../src/i18n/hi";
import ja from "../../../src/i18n/ja";
import ko from "../../../src/i18n/ko";
import type { LanguageCode } from "../../../src/i18n/languages";
import {
  fill,
  holesIn,
  pluralForm,
  type Catalog,
  type Message,
  type MessageKey,
} from "../../../src/i18n/messages";
import ptBR from "../../../src/i18n/pt-BR";
import zhCN from "../../../src/i18n/zh-CN";

export const CATALOGS: Record<LanguageCode, Catalog> = {
  en,
  es,
  fr,
  de,
  "pt-BR": ptBR,
  "zh-CN": zhCN,
  ja,
  ko,
  hi,
  ar,
};

/** The message box's accessible name ("Message" in English). */
export const MESSAGE_KEY = "chat.composer.label" satisfies MessageKey;

/** A message in a language, holes filled as `t` fills them (numbers as given). */
export function say(
  lang: LanguageCode,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const m: Message = CATALOGS[lang][key];
  const template =
    typeof m === "string"
      ? m
      : pluralForm(m, Number(params.count ?? 0), new Intl.PluralRules(lang));
  return fill(template, params, String);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The English texts a page in `lang` must not show: every English message (each plural
 * form) that the language's catalog words differently, as a pattern over one whole text
 * (holes match anything). Left out, as proving nothing: a template with a hole and fewer
 * than six letters of its own ("{n} chat" would match the model name "Llama 2 7B chat"),
 * and one whose every English word the translation uses too (Spanish "Nuevo chat").
 */
function englishPatterns(lang: LanguageCode): { key: string; re: RegExp }[] {
  const catalog = CATALOGS[lang];
  const out: { key: string; re: RegExp }[] = [];
  const formsOf = (m: Message) =>
    (typeof m === "string" ? [m] : Object.values(m)).filter(
      (f): f is string => !!f,
    );
  for (const key of Object.keys(en) as MessageKey[]) {
    const english: Message = en[key];
    if (JSON.stringify(catalog[key]) === JSON.stringify(english)) continue;
    const translated = formsOf(catalog[key]).join("\n").toLowerCase();
    for (const form of formsOf(english)) {
      const holes = holesIn(form).length;
      const parts = form.split(/\{\w+\}/);
      const letters = (parts.join("").match(/[A-Za-z]/g) ?? []).length;
      if (letters < (holes ? 6 : 2)) continue;
      const words =
        parts
          .join(" ")
          .toLowerCase()
          .match(/[a-z]{2,}/g) ?? [];
      if (words.every((w) => translated.includes(w))) continue;
      out.push({
        key,
        re: new RegExp(`^\\s*${parts.map(escape).join(".+?")}\\s*$`),
      });
    }
  }
  return out;
}

/**
 * Every English catalog text the page shows or announces in `lang`: text nodes (each
 * element's own text), accessible names, tooltips and placeholders, in the light DOM and
 * open dialogs. Returns "key: text" for each, empty when the page is fully translated.
 */
export async function englishOnPage(
  page: Page,
  lang: LanguageCode,
): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const seen = new Set<string>();
    const add = (s: string | null | undefined) => {
      const v = s?.replace(/\s+/g, " ").trim();
      if (v) seen.add(v);
    };
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("script, style, code, pre, .content")) continue;
      // An element's own text: its text children joined, as a sentence reads.
      let own = "";
      for (const n of el.childNodes)
        if (n.nodeType === Node.TEXT_NODE) own += n.textContent;
      add(own);
      add(
        (el as HTMLElement).innerText?.length < 400
          ? (el as HTMLElement).innerText
          : "",
      );
      for (const a of [
        "aria-label",
        "title",
        "placeholder",
        "alt",
        "aria-description",
        "aria-valuetext",
      ])
        add(el.getAttribute(a));
    }
    add(document.title === "Hearth" ? "" : document.title);
    return [...seen];
  });
  const patterns = englishPatterns(lang);
  const found: string[] = [];
  for (const text of texts)
    for (const { key, re } of patterns)
      if (re.test(text)) found.push(`${key}: ${text}`);
  return found;
}

/**
 * The language the shared helpers (app.ts, engine-states.ts, state-walk.ts) find controls
 * in. English unless a test says otherwise with `speak`, and back to English after it.
 */
let speaking: LanguageCode = "en";

export async function speak<T>(
  lang: LanguageCode,
  run: () => Promise<T>,
): Promise<T> {
  speaking = lang;
  try {
    return await run();
  } finally {
    speaking = "en";
  }
}

/** A message in the language the helpers speak now. */
export function name(
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  return say(speaking, key, params);
}
