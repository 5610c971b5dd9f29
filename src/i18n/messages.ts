import type en from "./en";

/**
 * A message with a count: one form per plural category the language uses
 * (`Intl.PluralRules`), each with `{count}` where the number goes. `other` is required:
 * every language has it, and it is the fallback for a category a catalog leaves out.
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralForms;

/** The English catalog's shape: its keys are every message Hearth shows. */
export type English = typeof en;
export type MessageKey = keyof English;

/** Another language's catalog: every English key, each with that language's text. */
export type Catalog = {
  readonly [K in MessageKey]: English[K] extends string ? string : PluralForms;
};

/** The `{name}` holes in a message template. */
type Holes<S> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Holes<Rest>
  : never;

/** Every hole a message has: a plural message always takes `count`. */
export type HolesOf<M> = M extends string
  ? Holes<M>
  : M extends { other: infer O }
    ? Holes<O> | "count"
    : never;

export type ParamsOf<K extends MessageKey> = {
  readonly [P in HolesOf<English[K]>]: string | number;
};

/** `t("key")` for a message without holes, `t("key", { … })` for one with them. */
export type ParamArgs<K extends MessageKey> = [HolesOf<English[K]>] extends [
  never,
]
  ? []
  : [ParamsOf<K>];

const HOLE = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A template cut at its holes: text, hole name, text, … (text at the even places). */
export function splitAtHoles(template: string): string[] {
  return template.split(HOLE);
}

/** The names of the holes in one template, in order (a unit test compares languages). */
export function holesIn(template: string): string[] {
  return [...template.matchAll(HOLE)].map((m) => m[1]!);
}

/**
 * Fills a template's holes. Numbers are written the language's way; everything else goes
 * in as text (the caller renders the result as text, never as HTML).
 */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> | undefined,
  formatNumber: (n: number) => string,
): string {
  if (!params) return template;
  return template.replace(HOLE, (hole, name: string) => {
    const value = params[name];
    if (value === undefined) return hole;
    return typeof value === "number" ? formatNumber(value) : value;
  });
}

/** Picks the plural form for `count` by the language's rules, `other` when it has none. */
export function pluralForm(
  forms: PluralForms,
  count: number,
  rules: Intl.PluralRules,
): string {
  // An exact 0 reads best with its own form where the catalog gives one ("No files").
  if (count === 0 && forms.zero !== undefined) return forms.zero;
  return forms[rules.select(count)] ?? forms.other;
}
