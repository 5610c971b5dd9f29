import { render } from "preact";
import { createApp } from "./app";
import { directionOf, type LanguageCode } from "./i18n/languages";
import { applyCatalog, watchCatalog } from "./i18n/locale";
import type { Catalog } from "./i18n/messages";
import {
  readStaticDraft,
  restoreDraft,
  yieldToInput,
} from "./ui/shell/take-over";

/**
 * Builds the app and puts it in place of index.html's outline. Loaded by main.tsx after
 * the outline has painted, with the catalog of the language to start in (none for English,
 * which this chunk holds).
 */
export async function startApp(
  lang: LanguageCode,
  messages: Catalog | undefined,
): Promise<void> {
  if (messages) applyCatalog(lang, messages);
  // `<html lang dir>` follow the language in use, for screen readers, fonts and layout.
  watchCatalog((lang) => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
  });
  const app = createApp();
  // Between the steps the page yields, so a click or keystroke waiting behind them lands.
  await yieldToInput();
  const root = document.getElementById("app")!;
  // index.html's static outline goes first: Preact would otherwise adopt its nodes and keep
  // their attributes (aria-hidden among them). Its message box may hold typing: keep it.
  const draft = readStaticDraft(root);
  root.replaceChildren();
  render(app, root);
  if (draft) restoreDraft(root, draft);
}
