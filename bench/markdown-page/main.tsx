import { signal } from "@preact/signals";
import { render } from "preact";
import { Markdown } from "../../src/ui/markdown/Markdown";
import { currentRenderer, request } from "../../src/ui/markdown/lazy";
import "../../src/ui/shell/theme.css";
import "../../src/ui/shell/layout.css";
import "../../src/ui/shell/ease.css";

export type Mode = "incremental" | "full";

const nextFrame = () =>
  new Promise((r) => requestAnimationFrame(() => r(null)));
const host = document.getElementById("reply")!;
// Started with the page, so its start-up is not part of any measured stream.
const ticker = new Worker(new URL("./ticker.ts", import.meta.url), {
  type: "module",
});

/**
 * Streams `text` in pieces of `chars` characters, `perSecond` pieces a second, into either
 * the real component ("incremental") or a view that renders the whole reply again on every
 * piece ("full", what a naive chat UI does). Resolves once the last piece is on screen.
 */
async function stream(
  text: string,
  mode: Mode,
  perSecond: number,
  chars: number,
) {
  // Load the renderer and highlight.js before timing: both modes then measure rendering only.
  request(text);
  while (!currentRenderer()?.hasHighlighter)
    await new Promise((r) => setTimeout(r, 20));
  const renderer = currentRenderer()!;
  const source = signal("");
  if (mode === "incremental") render(<Markdown source={source} />, host);
  else host.classList.add("markdown");
  const pieces = Math.ceil(text.length / chars);
  // One task per piece, as tokens arrive one message each from the engine worker.
  let applied = 0;
  const finished = new Promise<void>((done) => {
    ticker.onmessage = () => {
      const partial = text.slice(0, ++applied * chars);
      if (mode === "incremental") source.value = partial;
      else host.innerHTML = renderer.renderAll(partial);
      if (applied >= pieces) done();
    };
  });
  const started = performance.now();
  ticker.postMessage({ pieces, perSecond });
  await finished;
  await nextFrame();
  await nextFrame();
  return {
    pieces,
    ms: performance.now() - started,
    html: host.innerHTML.length,
  };
}

/** Loads the renderer and highlight.js, so that both modes measure rendering only. */
async function prepare(sample: string) {
  request(sample);
  while (!currentRenderer()?.hasHighlighter)
    await new Promise((r) => setTimeout(r, 20));
  // Warm both paths once, as a page that has shown a reply before would be.
  currentRenderer()!.renderAll(sample);
  await nextFrame();
}

Object.assign(window, { stream, prepare });
