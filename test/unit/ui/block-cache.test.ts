// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import type { Token } from "marked";
import { BlockCache } from "../../../src/ui/markdown/block-cache";
import { MarkdownRenderer } from "../../../src/ui/markdown/renderer";

/** A renderer that counts what it renders, to see which blocks were rendered again. */
function counting() {
  const r = new MarkdownRenderer();
  const rendered: string[] = [];
  const engine = {
    get version() {
      return r.version;
    },
    lex: (t: string) => r.lex(t),
    render: (t: Token) => {
      rendered.push(t.raw);
      return r.render(t);
    },
  };
  return { r, engine, rendered };
}

const REPLY =
  "# Title\n\nFirst paragraph.\n\n- a\n- b\n\n```js\nconst x = 1;\n```\n\nLast paragraph with **bold**.";

describe("BlockCache", () => {
  it("streamed token by token, gives the same HTML as rendering the whole text", () => {
    const { r, engine } = counting();
    const cache = new BlockCache<Token>();
    let out: string[] = [];
    for (let i = 4; i <= REPLY.length + 3; i += 4)
      out = cache.update(REPLY.slice(0, i), engine);
    expect(out.join("")).toBe(r.renderAll(REPLY));
  });

  it("renders a finished block once: later tokens render only the last block", () => {
    const { engine, rendered } = counting();
    const cache = new BlockCache<Token>();
    const text = "# Title\n\nFirst paragraph.\n\nSecond";
    const first = cache.update(text, engine);
    expect(cache.finishedCount).toBe(2);
    rendered.length = 0;
    const second = cache.update(text + " grows", engine);
    expect(rendered).toEqual(["Second grows"]);
    // Finished blocks are the very same strings, so the view can skip them by identity.
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });

  it("keeps a list live after a blank line, since the next item can still join it", () => {
    const { r, engine } = counting();
    const cache = new BlockCache<Token>();
    cache.update("1. a\n\n2", engine);
    expect(cache.finishedCount).toBe(0);
    const out = cache.update("1. a\n\n2. b", engine);
    expect(out.join("")).toBe(r.renderAll("1. a\n\n2. b"));
    expect(out).toHaveLength(1);
  });

  it("finishes a list once a block that cannot join it has started", () => {
    const { engine } = counting();
    const cache = new BlockCache<Token>();
    cache.update("- a\n- b\n\nThen", engine);
    expect(cache.finishedCount).toBe(1);
  });

  it("keeps an unclosed code fence as the live block", () => {
    const { engine } = counting();
    const cache = new BlockCache<Token>();
    const out = cache.update("Intro\n\n```py\nx = 1\n\ny = 2", engine);
    expect(cache.finishedCount).toBe(1);
    expect(out[1]).toContain("y = 2");
  });

  it("starts over when the text is replaced rather than extended", () => {
    const { r, engine } = counting();
    const cache = new BlockCache<Token>();
    cache.update("# One\n\ntwo", engine);
    const out = cache.update("# Other\n\ntext", engine);
    expect(out.join("")).toBe(r.renderAll("# Other\n\ntext"));
  });

  it("renders everything again when the renderer gains a capability", () => {
    const { r, engine, rendered } = counting();
    const cache = new BlockCache<Token>();
    cache.update("# One\n\ntwo\n\nthree", engine);
    rendered.length = 0;
    r.setHighlighter({
      getLanguage: () => undefined,
      highlight: () => ({ value: "" }),
    });
    cache.update("# One\n\ntwo\n\nthree", engine);
    expect(rendered).toEqual(["# One", "two", "three"]);
  });

  it("stays correct when tokens do not add up to the text (CRLF)", () => {
    const { r, engine } = counting();
    const cache = new BlockCache<Token>();
    const text = "a\r\n\r\nb\r\n\r\nc";
    expect(cache.update(text, engine).join("")).toBe(r.renderAll(text));
    expect(cache.finishedCount).toBe(0);
  });
});
