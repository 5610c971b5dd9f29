import { signal } from "@preact/signals";
import { languageNamed, type LanguageCode } from "../i18n/languages";
import { localStore } from "../storage/local-store";
import type { ConversationSettings } from "./types";

const KEY = "hearth.answer-in-language";

function read(): boolean {
  try {
    return localStore()?.getItem(KEY) !== "off";
  } catch {
    return true;
  }
}

/** On unless the person turned it off: with a non-English interface, ask for answers in it. */
export const answerInLanguage = signal(read());

export function setAnswerInLanguage(on: boolean): void {
  answerInLanguage.value = on;
  try {
    localStore()?.setItem(KEY, on ? "on" : "off");
  } catch {
    // Storage refused: the choice holds for this visit.
  }
}

/**
 * The system prompt a chat without its own gets in a non-English interface. Written in
 * English, with the language's English name: the Llama models follow English
 * instructions best, whatever language they then answer in.
 */
export function languageInstruction(lang: LanguageCode): string | undefined {
  if (lang === "en") return undefined;
  const name = languageNamed(lang).english;
  return `Answer in ${name} unless the person writes in another language; then answer in the language they write in.`;
}

/** A chat's settings with the language instruction as its system prompt, if it has none. */
export function withLanguageDefault(
  settings: ConversationSettings,
  lang: LanguageCode,
  on: boolean,
): ConversationSettings {
  const instruction = on ? languageInstruction(lang) : undefined;
  if (!instruction || settings.systemPrompt?.trim()) return settings;
  return { ...settings, systemPrompt: instruction };
}
