import { directionOf } from "./i18n/languages";
import { loadCatalog } from "./i18n/load-catalog";
import { OUTLINE_WORDS } from "./i18n/outline-words";
import { startLanguage } from "./i18n/start-language";
import { holdInstallOffer } from "./pwa/early-install-offer";
import { showStartFailure, takeKeptDraft } from "./ui/shell/start-failure";
import { afterNextPaint } from "./ui/shell/take-over";
import "./ui/shell/theme.css";

// Chromium may offer installation before the app below is built: hold the offer for it.
holdInstallOffer(window);

// The entry is small on purpose: index.html's outline, message box included, paints and
// takes typing before the app's code (and, for a language other than English, its
// catalog) is fetched and run. English is in the app's own chunk.
const lang = startLanguage();
document.documentElement.lang = lang;
document.documentElement.dir = directionOf(lang);
// Typed before a Retry reloaded the page: back in the outline's box.
const kept = takeKeptDraft();
const outlineBox = document.querySelector<HTMLTextAreaElement>(
  "#app .composer textarea",
);
if (kept && outlineBox) outlineBox.value = kept;
// The outline speaks the language too (index.html is English): its box keeps the name
// the app's box will have, so typing into it and finding it are the same in both.
if (lang !== "en") {
  const words = OUTLINE_WORDS[lang];
  outlineBox?.setAttribute("aria-label", words.message);
  outlineBox?.setAttribute("placeholder", words.placeholder);
  const send = document.querySelector("#app .composer button");
  if (send) send.textContent = words.send;
}

async function start(): Promise<void> {
  // The catalog is fetched at once, beside the app; both run after the outline's paint.
  const words = lang === "en" ? undefined : loadCatalog(lang);
  words?.catch(() => {}); // awaited below; this only keeps it from counting as unhandled
  await afterNextPaint();
  const [{ startApp }, messages] = await Promise.all([
    import("./start-app"),
    words,
  ]);
  await startApp(lang, messages);
}

start().catch((error: unknown) => {
  // Most often the network went between the page and its code, on a first visit (later
  // visits start from the offline copy). The outline says so, in the person's language.
  console.error(error);
  showStartFailure(lang);
});
