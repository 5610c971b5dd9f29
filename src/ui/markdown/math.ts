// Its own chunk, with KaTeX's CSS and fonts, loaded on the first math in a reply (lazy.ts).
import katex from "katex";
import "katex/dist/katex.min.css";
import markedKatex from "marked-katex-extension";
import type { MarkedExtension } from "marked";
import { t } from "../../i18n/locale";

export const mathExtension = (): MarkedExtension => markedKatex();

/**
 * KaTeX builds DOM nodes and sets their styles through CSSOM, which a CSP without
 * 'unsafe-inline' for style attributes allows; `renderToString` output would need it.
 */
export function renderMath(
  tex: string,
  into: HTMLElement,
  display: boolean,
): void {
  try {
    katex.render(tex, into, {
      displayMode: display,
      // KaTeX's own error display sets a style attribute; show the source instead.
      throwOnError: true,
      trust: false,
      strict: "ignore",
      maxSize: 20,
      maxExpand: 500,
    });
  } catch {
    into.classList.add("math-error");
    into.title = t("chat.markdown.mathError");
  }
}
