import { BlockCache } from "./block-cache";
import type { Token } from "marked";
import { currentMath, currentRenderer, onCapabilities, request } from "./lazy";
import { copyCodeFrom } from "./copy-code";

/**
 * Keeps one element showing a markdown text that may grow token by token. Updates are
 * batched per animation frame; finished blocks keep their DOM; only changed blocks are
 * replaced. Until the renderer has loaded, the text is shown as it is (pre-wrapped).
 */
export class MarkdownView {
  private text = "";
  private frame = 0;
  private readonly cache = new BlockCache<Token>();
  private readonly shown: string[] = [];
  private readonly stopListening: () => void;

  constructor(private readonly host: HTMLElement) {
    this.stopListening = onCapabilities(() => this.schedule());
    host.addEventListener("click", copyCodeFrom);
  }

  /** Shows `text` at the next frame (streaming), or at once when `now` (a finished reply). */
  set(text: string, now = false): void {
    this.text = text;
    request(text);
    if (now) this.flush();
    else this.schedule();
  }

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.stopListening();
    this.host.removeEventListener("click", copyCodeFrom);
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
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
