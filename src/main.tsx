// Every stylesheet the app's first screen uses, so index.html's static outline is drawn
// styled, and as the app will draw it.
import "./ui/theme.css";
import "./ui/layout.css";
import "./ui/ease.css";
import "./ui/topbar.css";
import "./ui/conversations.css";
import "./ui/model-picker.css";
import "./ui/attachments.css";
import "./ui/version-nav.css";
import "./ui/message-actions.css";
import { holdInstallOffer } from "./pwa/early-install-offer";
import { afterNextPaint } from "./ui/take-over";

holdInstallOffer(window);

// index.html's static outline, message box included, is drawn first and takes typing at
// once; only then is the app's code loaded and run. Run first, its parsing and start-up
// (about 180 KB) held the first frame back, on a fast machine and network as well.
await afterNextPaint();
const { start } = await import("./start");
await start();
