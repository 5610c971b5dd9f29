import { render } from "preact";
import { createApp } from "./app";
import {
  afterNextPaint,
  readStaticDraft,
  restoreDraft,
  yieldToInput,
} from "./ui/shell/take-over";
import "./ui/shell/theme.css";
import { holdInstallOffer } from "./pwa/early-install-offer";

// Chromium may offer installation before the app below is built: hold the offer for it.
holdInstallOffer(window);

// index.html's static outline, message box included, is drawn first (this script would
// otherwise hold the first frame until the app is built) and takes typing at once. Between
// the later steps the page yields, so a click or keystroke waiting behind them lands.
await afterNextPaint();
const app = createApp();
await yieldToInput();
const root = document.getElementById("app")!;
// index.html's static outline goes first: Preact would otherwise adopt its nodes and keep
// their attributes (aria-hidden among them). Its message box may hold typing: keep it.
const draft = readStaticDraft(root);
root.replaceChildren();
render(app, root);
if (draft) restoreDraft(root, draft);
