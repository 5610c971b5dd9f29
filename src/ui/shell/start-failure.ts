import type { LanguageCode } from "../../i18n/languages";
import { OUTLINE_WORDS } from "../../i18n/outline-words";

/**
 * Says on index.html's outline that the app's code did not arrive, with Retry. Retry
 * reloads only once the code answers again: a reload while offline would replace the
 * page, and what was typed in its box, with the browser's own error page.
 */
export function showStartFailure(lang: LanguageCode): void {
  const words = OUTLINE_WORDS[lang];
  const log = document.querySelector<HTMLElement>("#app .log");
  if (!log || log.querySelector(".start-failure")) return;
  log.removeAttribute("aria-hidden");
  const box = document.createElement("div");
  box.className = "start-failure";
  const message = document.createElement("p");
  message.setAttribute("role", "alert");
  message.textContent = words.failed;
  const retry = document.createElement("button");
  retry.type = "button";
  retry.className = "primary";
  retry.textContent = words.retry;
  retry.addEventListener("click", () => {
    retry.disabled = true;
    void reachable().then((ok) => {
      if (ok) {
        keepDraft();
        location.reload();
        return;
      }
      retry.disabled = false;
      message.textContent = words.still;
    });
  });
  box.append(message, retry);
  log.append(box);
}

/** Whether the app's host answers now (its page, not from any cache). */
async function reachable(): Promise<boolean> {
  try {
    const response = await fetch(location.href, { cache: "no-store" });
    return response.ok;
  } catch {
    return false;
  }
}

// Kept in the page's history entry, which a reload keeps: reading it costs nothing, while
// the first read of sessionStorage on a start can take 25 ms, just when the person clicks.
const DRAFT_KEY = "hearthOutlineDraft";

/** What was typed in the outline's box survives the reload (main.tsx reads it back). */
function keepDraft(): void {
  const box = document.querySelector<HTMLTextAreaElement>(
    "#app .composer textarea",
  );
  if (box?.value) history.replaceState(withDraft(box.value), "");
}

/** The outline's draft kept across a Retry, taken once. */
export function takeKeptDraft(): string | null {
  const state: unknown = history.state;
  if (typeof state !== "object" || state === null || !(DRAFT_KEY in state))
    return null;
  const text = (state as Record<string, unknown>)[DRAFT_KEY];
  history.replaceState(withDraft(undefined), "");
  return typeof text === "string" ? text : null;
}

/** The history entry's state with the draft set, or removed when `text` is undefined. */
function withDraft(text: string | undefined): unknown {
  const state: unknown = history.state;
  const rest =
    typeof state === "object" && state !== null
      ? { ...(state as Record<string, unknown>) }
      : {};
  if (text === undefined) delete rest[DRAFT_KEY];
  else rest[DRAFT_KEY] = text;
  return rest;
}
