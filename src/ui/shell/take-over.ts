/**
 * index.html's static outline holds a real "Message" box, so a person can type before the
 * app's script has run (web-llm's simple-chat does the same). When the app takes over,
 * what was typed, the caret and the focus move into the app's own box.
 */
export interface StaticDraft {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  focused: boolean;
}

// By its place, not its name: the name is in the language in use, the outline's perhaps not.
const BOX = '.composer textarea, textarea[aria-label="Message"]';

/** Reads the static box before the outline is removed; undefined if there is none. */
export function readStaticDraft(root: ParentNode): StaticDraft | undefined {
  const box = root.querySelector<HTMLTextAreaElement>(BOX);
  if (!box) return undefined;
  return {
    text: box.value,
    selectionStart: box.selectionStart,
    selectionEnd: box.selectionEnd,
    focused: box.ownerDocument.activeElement === box,
  };
}

/**
 * Puts the draft into the app's box, through an `input` event so the composer's own
 * state takes it, and gives back the focus only if the static box had it.
 */
export function restoreDraft(root: ParentNode, draft: StaticDraft): void {
  const box = root.querySelector<HTMLTextAreaElement>(BOX);
  if (!box) return;
  if (draft.text) {
    box.value = draft.text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }
  if (draft.focused) {
    box.focus();
    box.setSelectionRange(draft.selectionStart, draft.selectionEnd);
  }
}

/**
 * Ends the current task so that input waiting behind it runs first: `scheduler.yield()`
 * where the browser has it (Chromium 129+), else a new task.
 */
export function yieldToInput(): Promise<void> {
  const scheduler = (
    globalThis as { scheduler?: { yield?: () => Promise<void> } }
  ).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the next frame has been drawn: a task queued from inside requestAnimationFrame. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => setTimeout(resolve, 0)),
  );
}
