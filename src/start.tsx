import { render } from "preact";
import { createApp } from "./app";
import { readStaticDraft, restoreDraft, yieldToInput } from "./ui/take-over";

/**
 * Builds the app and puts it in place of index.html's static outline (main.tsx loads this
 * module once the outline is on screen). Between the steps the page yields, so a click or
 * keystroke waiting behind them lands.
 */
export async function start(): Promise<void> {
  const app = createApp();
  await yieldToInput();
  const root = document.getElementById("app")!;
  // index.html's static outline goes first: Preact would otherwise adopt its nodes and keep
  // their attributes (aria-hidden among them). Its message box may hold typing: keep it.
  const draft = readStaticDraft(root);
  root.replaceChildren();
  render(app, root);
  if (draft) restoreDraft(root, draft);
}
