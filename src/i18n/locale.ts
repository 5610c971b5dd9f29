import { effect, signal } from "@preact/signals-core";
import en from "./en";
import type { LanguageCode } from "./languages";
import {
  fill,
  pluralForm,
  type Catalog,
  type Message,
  type MessageKey,
  type ParamArgs,
} from "./messages";

/**
 * A language in use. Its number and plural formats are made on first use: the first
 * `Intl.NumberFormat` of a page loads ICU's number data, 12 to 40 ms here, and the first
 * frames need none (made at start-up, it was the longest part of the app's first task).
 */
class Locale {
  #numbers: Intl.NumberFormat | undefined;
  #plurals: Intl.PluralRules | undefined;
  /** Formats with options, made once each: sizes and speeds are written on every progress. */
  readonly formats = new Map<string, Intl.NumberFormat>();

  constructor(
    readonly lang: LanguageCode,
    readonly messages: Catalog,
  ) {}

  get numbers(): Intl.NumberFormat {
    return (this.#numbers ??= new Intl.NumberFormat(this.lang));
  }

  get plurals(): Intl.PluralRules {
    return (this.#plurals ??= new Intl.PluralRules(this.lang));
  }
}

/**
 * The language in use. A signal, so every component that called `t` while rendering
 * renders again when it changes: a switch needs no reload. The engine worker holds its
 * own copy, set by the page (its messages reach the page already in words).
 */
const current = signal(new Locale("en", en));

export function language(): LanguageCode {
  return current.value.lang;
}

/** Puts a language's catalog in use (the English one is built in). */
export function applyCatalog(lang: LanguageCode, messages: Catalog): void {
  current.value = new Locale(lang, messages);
}

/** The catalog in use, as the page sends it to a worker. */
export function catalogInUse(): { lang: LanguageCode; messages: Catalog } {
  const { lang, messages } = current.peek();
  return { lang, messages };
}

/** Calls `fn` with the catalog in use now and after every change; returns a stop. */
export function watchCatalog(
  fn: (lang: LanguageCode, messages: Catalog) => void,
): () => void {
  return effect(() => {
    const { lang, messages } = current.value;
    fn(lang, messages);
  });
}

/** A message's template in the language in use, its plural form chosen for `count`. */
export function template(key: MessageKey, count: number): string {
  const locale = current.value;
  const message: Message = locale.messages[key] ?? en[key];
  return typeof message === "string"
    ? message
    : pluralForm(message, count, locale.plurals);
}

/** One message in the language in use, its holes filled. */
export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  const params = args[0] as
    Readonly<Record<string, string | number>> | undefined;
  const locale = current.value;
  return fill(template(key, Number(params?.count ?? 0)), params, (n) =>
    locale.numbers.format(n),
  );
}

/** A number written the way the language in use writes it. */
export function formatNumber(
  n: number,
  options?: Intl.NumberFormatOptions,
): string {
  const locale = current.value;
  if (!options) return locale.numbers.format(n);
  const key = JSON.stringify(options);
  let format = locale.formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.lang, options);
    locale.formats.set(key, format);
  }
  return format.format(n);
}
