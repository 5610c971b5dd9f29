import { t } from "../i18n/locale";
import type { MessageKey, ParamArgs } from "../i18n/messages";

/** A message with no holes: what a built-in prompt's title is. */
type PlainMessageKey = {
  [K in MessageKey]: ParamArgs<K> extends [] ? K : never;
}[MessageKey];

/**
 * Saved prompts: text a person reuses, picked with "/" at the start of the message box.
 * A "message" prompt fills the box; a "system" prompt becomes the chat's system prompt.
 */
export type PromptKind = "message" | "system";

export interface SavedPrompt {
  id: string;
  title: string;
  text: string;
  kind: PromptKind;
  createdAt: number;
  updatedAt: number;
}

/** A prompt as the menu lists it: the user's own, or one of Hearth's (never stored). */
export interface ListedPrompt extends SavedPrompt {
  builtIn?: boolean;
  /**
   * A built-in prompt's title as shown, in the language in use. Its `title` stays the
   * English one, a stable value that code and tests may compare.
   */
  titleKey?: PlainMessageKey;
}

/** The title a person sees: a built-in prompt's in the language in use, else as saved. */
export function promptTitle(p: ListedPrompt): string {
  return p.titleKey ? t(p.titleKey) : p.title;
}

/** Limits a prompt may not pass (the form and the import validator share them). */
export const PROMPT_LIMITS = {
  titleChars: 120,
  textChars: 50_000,
  count: 1_000,
} as const;

/**
 * The filter typed after "/" at the very start of the box, or undefined when the box
 * does not start a prompt search (no "/" first, or a second line begun).
 */
export function slashQuery(draft: string): string | undefined {
  if (!draft.startsWith("/") || draft.includes("\n")) return undefined;
  return draft.slice(1);
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Prompts whose title, as shown, has a word starting with each word of the query, in list order.
 * Titles only: "/echo hi" or "/prompt" must not turn into a prompt because some prompt's
 * text happens to hold the word.
 */
export function matchPrompts<P extends ListedPrompt>(
  prompts: readonly P[],
  query: string,
): P[] {
  const wanted = words(query);
  return prompts.filter((p) => {
    const have = words(promptTitle(p));
    // "llama2" finds "Llama 2": the title's words run together count too.
    const joined = have.join("");
    return wanted.every(
      (w) => have.some((h) => h.startsWith(w)) || joined.startsWith(w),
    );
  });
}

/**
 * Whether the menu shows for this draft: while the filter is one word, always (so "/"
 * alone lists everything); once it has a space, only while a prompt still matches, so a
 * message that merely starts with "/" is sent as written.
 */
export function menuWanted(
  query: string | undefined,
  matches: readonly SavedPrompt[],
): boolean {
  if (query === undefined) return false;
  return !/\s/.test(query) || matches.length > 0;
}

/** A new prompt's id: letters, digits and "-" only, as the import validator requires. */
export function newPromptId(): string {
  return `prompt-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
