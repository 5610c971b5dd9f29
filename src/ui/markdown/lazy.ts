import type { MarkdownRenderer } from "./renderer";

/** KaTeX's DOM renderer, once its chunk has arrived. */
export type RenderMath = (
  tex: string,
  into: HTMLElement,
  display: boolean,
) => void;

/**
 * The renderer and its heavy helpers arrive by dynamic import, each only when a reply first
 * needs it, so the page's own JavaScript stays small (issue 5's 60 KB budget). Views ask
 * for what their text needs and are told when something new has arrived.
 */
const listeners = new Set<() => void>();
let renderer: MarkdownRenderer | null = null;
let rendererLoading: Promise<void> | null = null;
let highlighterLoading: Promise<void> | null = null;
let mathLoading: Promise<void> | null = null;
let renderMath: RenderMath | null = null;

const FENCE = /^ {0,3}(?:```|~~~)/m;
// Loose on purpose: a false positive costs one download, a miss shows raw TeX.
const MATH = /(?:^|\s)\$\$?[^\s$][^$\n]*\$|^\$\$\s*$/m;

export const needsHighlighter = (text: string) => FENCE.test(text);
export const needsMath = (text: string) => MATH.test(text);

export function onCapabilities(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const announce = () => listeners.forEach((l) => l());

export function currentRenderer(): MarkdownRenderer | null {
  return renderer;
}

export function currentMath(): RenderMath | null {
  return renderMath;
}

/** Starts loading whatever `text` needs and is missing; listeners hear when it lands. */
export function request(text: string): void {
  rendererLoading ??= import("./renderer").then(
    (m) => {
      renderer = new m.MarkdownRenderer();
      announce();
    },
    (e: unknown) => console.error("The markdown renderer failed to load", e),
  );
  if (needsHighlighter(text)) {
    highlighterLoading ??= Promise.all([
      import("./highlighter"),
      rendererLoading,
    ]).then(
      ([m]) => {
        renderer?.setHighlighter(m.highlighter);
        announce();
      },
      (e: unknown) => console.error("Code highlighting failed to load", e),
    );
  }
  if (needsMath(text)) {
    mathLoading ??= Promise.all([import("./math"), rendererLoading]).then(
      ([m]) => {
        renderer?.enableMath(m.mathExtension());
        renderMath = m.renderMath;
        announce();
      },
      (e: unknown) => console.error("Math rendering failed to load", e),
    );
  }
}
