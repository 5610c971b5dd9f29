import { directionOf, type LanguageCode } from "./i18n/languages";
import { loadCatalog } from "./i18n/load-catalog";
import type { Catalog } from "./i18n/messages";
import { OUTLINE_WORDS } from "./i18n/outline-words";
import { browserLanguage, savedLanguage } from "./i18n/start-language";
import { holdInstallOffer } from "./pwa/early-install-offer";
import { showStartFailure, takeKeptDraft } from "./ui/shell/start-failure";
import { afterNextPaint } from "./ui/shell/take-over";
// The sheets index.html's outline is drawn with, and only those: they block the first
// paint. The rest of the app's styles come with its code (start-app), before it renders.
import "./ui/shell/theme.css";
import "./ui/shell/layout.css";
import "./ui/shell/topbar.css";

// Chromium may offer installation before the app below is built: hold the offer for it.
holdInstallOffer(window);

// The entry is small on purpose: index.html's outline, message box included, paints and
// takes typing before the app's code (and, for a language other than English, its
// catalog) is fetched and run. English is in the app's own chunk. Before the first paint
// it does only what costs nothing: localStorage's first read can take 30 ms, and this
// script runs before the page's first frame, so the saved choice is read later (start).
let lang = browserLanguage();
if (lang !== "en") speakOutline(lang);

/** `<html lang dir>`, and the outline's box and Send button in the language. */
function speakOutline(code: LanguageCode): void {
  document.documentElement.lang = code;
  document.documentElement.dir = directionOf(code);
  const words = OUTLINE_WORDS[code];
  // The box keeps the name the app's box will have: typing into it and finding it are
  // the same in both.
  const box = document.querySelector("#app .composer textarea");
  box?.setAttribute("aria-label", words.message);
  box?.setAttribute("placeholder", words.placeholder);
  const send = document.querySelector("#app .composer button");
  if (send) send.textContent = words.send;
}

/** The catalog to start in: none for English, which the app's chunk holds. */
async function catalogFor(code: LanguageCode): Promise<Catalog | undefined> {
  return code === "en" ? undefined : loadCatalog(code);
}

async function start(): Promise<void> {
  await afterNextPaint();
  // Typed before a Retry reloaded the page: back in the outline's box.
  const kept = takeKeptDraft();
  const box = document.querySelector<HTMLTextAreaElement>(
    "#app .composer textarea",
  );
  if (kept && box && !box.value) box.value = kept;
  // The browser language's catalog is fetched beside the app.
  const app = import("./start-app");
  const catalog = catalogFor(lang);
  catalog.catch(() => {});
  const { startApp } = await app;
  // The saved choice is read only now, in the task that starts the app (which reads
  // localStorage anyway): that first read can take 30 ms, and right after the first paint
  // it held back the first click and keystroke. Only a choice other than the browser's
  // language waits for one more fetch.
  const chosen = savedLanguage();
  if (chosen && chosen !== lang) {
    speakOutline((lang = chosen));
    await startApp(lang, await catalogFor(lang));
  } else await startApp(lang, await catalog);
}

start().catch((error: unknown) => {
  // Most often the network went between the page and its code, on a first visit (later
  // visits start from the offline copy). The outline says so, in the person's language.
  console.error(error);
  showStartFailure(lang);
});
