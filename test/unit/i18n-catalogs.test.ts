import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../src/i18n/en";
import { LANGUAGES } from "../../src/i18n/languages";
import { loadCatalog } from "../../src/i18n/load-catalog";
import { OUTLINE_WORDS } from "../../src/i18n/outline-words";
import { holesIn, type Message } from "../../src/i18n/messages";

const keys = Object.keys(en) as (keyof typeof en)[];
const others = LANGUAGES.filter((l) => l.code !== "en");

const templates = (m: Message): string[] =>
  typeof m === "string" ? [m] : Object.values(m).filter((v) => v !== undefined);
const holeSet = (m: Message) =>
  [...new Set(templates(m).flatMap(holesIn))].sort();

// The code that may use keys: everything but the catalogs themselves.
const CATALOG_FILES = new Set(
  LANGUAGES.map((l) => join("src", "i18n", `${l.code}.ts`)),
);
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !CATALOG_FILES.has(path) ? [path] : [];
  });
}

describe("the English catalog", () => {
  it("has keys, each a non-empty message", () => {
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys)
      for (const text of templates(en[key]))
        expect(text.trim(), key).not.toBe("");
  });

  // A key no code reads is a string translated for nothing; keys are always written out
  // in full (never built from parts), so a plain search finds every use.
  it("has no key the code does not use", () => {
    const code = sources("src")
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = keys.filter((k) => !code.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it("is the only source of keys: no key is built at run time", () => {
    for (const file of sources("src")) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/\bt(Rich)?\(\s*`/);
    }
  });
});

describe.each(others)("the $name catalog ($code)", ({ code }) => {
  it("has exactly the English keys, with the same holes", async () => {
    const catalog = await loadCatalog(code);
    expect(Object.keys(catalog).sort()).toEqual([...keys].sort());
    for (const key of keys)
      expect(holeSet(catalog[key]), `${code} ${key}`).toEqual(holeSet(en[key]));
  });

  it("gives every plural form the language uses", async () => {
    const catalog = await loadCatalog(code);
    const needed = new Intl.PluralRules(code).resolvedOptions()
      .pluralCategories;
    for (const key of keys) {
      const message = catalog[key];
      expect(typeof message, key).toBe(typeof en[key]);
      if (typeof message === "string") continue;
      for (const category of needed)
        expect(message[category], `${code} ${key}: ${category}`).toBeDefined();
    }
  });

  it("is translated, not a copy of English", async () => {
    const catalog = await loadCatalog(code);
    const same = keys.filter(
      (k) => JSON.stringify(catalog[k]) === JSON.stringify(en[k]),
    );
    // Units, symbols and names may read the same; most text may not.
    expect(same.length / keys.length).toBeLessThan(0.2);
  });
});

describe("the outline's words", () => {
  it.each(LANGUAGES)("are the $code catalog's own", async ({ code }) => {
    const catalog = code === "en" ? en : await loadCatalog(code);
    const words = OUTLINE_WORDS[code];
    expect(words.message).toBe(catalog["chat.composer.label"]);
    expect(words.send).toBe(catalog["chat.composer.send"]);
    expect(words.placeholder).toBe(catalog["chat.composer.placeholderIdle"]);
    for (const text of [words.failed, words.still, words.retry])
      expect(text.trim()).not.toBe("");
  });
});
