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

const DRAFT_KEY = "hearth.outline-draft";

/** What was typed in the outline's box survives the reload (take-over.ts reads it back). */
function keepDraft(): void {
  const box = document.querySelector<HTMLTextAreaElement>(
    "#app .composer textarea",
  );
  try {
    if (box?.value) sessionStorage.setItem(DRAFT_KEY, box.value);
  } catch {
    // No session storage: the reload starts with an empty box.
  }
}

/** The outline's draft kept across a Retry, taken once. */
export function takeKeptDraft(): string | null {
  try {
    const text = sessionStorage.getItem(DRAFT_KEY);
    sessionStorage.removeItem(DRAFT_KEY);
    return text;
  } catch {
    return null;
  }
}
