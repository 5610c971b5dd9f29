import { BlockCache } from "./block-cache";
import type { Token } from "marked";
import { currentMath, currentRenderer, onCapabilities, request } from "./lazy";
import { copyCodeFrom } from "./copy-code";
import { watchCatalog } from "../../i18n/locale";

/**
 * The least time between two renders of a streaming reply. Each render costs style, layout
 * and paint whatever the number of new tokens, so at 100 tokens a second drawing every
 * frame (60 a second) would spend most of its time on frames that add one token; 20 frames a
 * second still reads as smooth text (bench/streaming.bench.ts measures both).
 */
const MIN_GAP_MS = 50;

/**
 * Keeps one element showing a markdown text that may grow token by token. Updates are
 * batched into animation frames, at most one per MIN_GAP_MS; finished blocks keep their
 * DOM; only changed blocks are replaced. Until the renderer has loaded, the text is shown
 * as it is (pre-wrapped).
 */
export class MarkdownView {
  private text = "";
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;
  private readonly cache = new BlockCache<Token>();
  private readonly shown: string[] = [];
  private readonly stopListening: () => void;
  private readonly stopWatching: () => void;

  constructor(private readonly host: HTMLElement) {
    this.stopListening = onCapabilities(() => this.schedule());
    host.addEventListener("click", copyCodeFrom);
    // Another language: every block is drawn again, for its copy button's name and the
    // title of math that could not be typeset (the first call is the language now).
    let first = true;
    this.stopWatching = watchCatalog(() => {
      if (first) return void (first = false);
      this.shown.length = 0;
      this.schedule();
    });
  }

  /** Shows `text` at the next frame (streaming), or at once when `now` (a finished reply). */
  set(text: string, now = false): void {
    // What a reply needs (highlighting, math) is looked for in the new text only, from the
    // start of its line, rather than in the whole reply on every token.
    const from = text.startsWith(this.text)
      ? this.text.lastIndexOf("\n", this.text.length - 1) + 1
      : 0;
    request(from > 0 ? text.slice(from) : text);
    this.text = text;
    if (now) this.flush();
    else this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.stopListening();
    this.stopWatching();
    this.host.removeEventListener("click", copyCodeFrom);
  }

  private schedule(): void {
    if (this.frame || this.timer !== undefined) return;
    const wait = this.lastFlush + MIN_GAP_MS - performance.now();
    const frame = () => {
      this.timer = undefined;
      this.frame = requestAnimationFrame(() => this.flush());
    };
    if (wait > 0) this.timer = setTimeout(frame, wait);
    else frame();
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.frame = 0;
    this.timer = undefined;
    this.lastFlush = performance.now();
    const renderer = currentRenderer();
    if (!renderer) {
      this.host.classList.add("plain");
      this.host.textContent = this.text;
      this.shown.length = 0;
      return;
    }
    if (this.host.classList.contains("plain")) {
      this.host.classList.remove("plain");
      this.host.textContent = "";
    }
    this.patch(this.cache.update(this.text, renderer));
  }

  private patch(blocks: string[]): void {
    const host = this.host;
    const math = currentMath();
    blocks.forEach((html, i) => {
      if (this.shown[i] === html) return;
      let el = host.children[i] as HTMLElement | undefined;
      if (!el) {
        el = document.createElement("div");
        el.className = "md-block";
        host.append(el);
      }
      el.innerHTML = html;
      this.shown[i] = html;
      if (math) {
        for (const node of el.querySelectorAll<HTMLElement>("[data-tex]")) {
          math(node.dataset.tex ?? "", node, node.dataset.display === "true");
        }
      }
    });
    while (host.children.length > blocks.length)
      host.lastElementChild?.remove();
    this.shown.length = blocks.length;
  }
}
