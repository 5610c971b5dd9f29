import { signal } from "@preact/signals";

const KEY = "hearth.dismissed-model-notes";

function read(): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Models whose fit note the reader dismissed. A short list of ids in localStorage, read
 * once: the note is advice, so losing the list (private mode) only shows it again.
 */
export const dismissedNotes = signal<ReadonlySet<string>>(
  new Set(typeof localStorage === "undefined" ? [] : read()),
);

export function dismissNote(modelId: string): void {
  const next = new Set(dismissedNotes.value).add(modelId);
  dismissedNotes.value = next;
  try {
    localStorage.setItem(KEY, JSON.stringify([...next]));
  } catch {
    // Storage refused: dismissed for this visit only.
  }
}
