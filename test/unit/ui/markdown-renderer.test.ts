// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import hljs from "highlight.js/lib/common";
import markedKatex from "marked-katex-extension";
import { MarkdownRenderer } from "../../../src/ui/markdown/renderer";

const html = (md: string, r = new MarkdownRenderer()) => r.renderAll(md);
const dom = (md: string, r?: MarkdownRenderer) => {
  const div = document.createElement("div");
  div.innerHTML = html(md, r);
  return div;
};

describe("MarkdownRenderer", () => {
  it("renders headings, lists, emphasis and tables", () => {
    const d = dom(
      "# Title\n\n- one\n- **two**\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(d.querySelector("h1")?.textContent).toBe("Title");
    expect([...d.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "one",
      "two",
    ]);
    expect(d.querySelector("strong")?.textContent).toBe("two");
    expect(d.querySelectorAll("td")).toHaveLength(2);
  });

  it("shows HTML the model writes as text instead of parsing it", () => {
    const d = dom("<b>bold?</b> and\n\n<div onclick=alert(1)>block</div>");
    expect(d.querySelector("b, div")).toBeNull();
    expect(d.textContent).toContain("<b>bold?</b>");
    expect(d.textContent).toContain("<div onclick=alert(1)>block</div>");
  });

  it("keeps single newlines and the next line's indentation", () => {
    const d = dom("one\n  two");
    expect(d.querySelector("p")?.innerHTML).toBe("one<br>  two");
  });

  it("opens safe links in a new tab without an opener", () => {
    const a = dom("[site](https://example.com/x)").querySelector("a")!;
    expect(a.getAttribute("href")).toBe("https://example.com/x");
    expect(a.getAttribute("target")).toBe("_blank");
    expect(a.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it.each([
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "[x](vbscript:msgbox)",
    "[x](/relative/path)",
    "<javascript:alert(1)>",
  ])("drops the target of an unsafe link: %s", (md) => {
    const d = dom(md);
    for (const a of d.querySelectorAll("a")) {
      expect(a.hasAttribute("href")).toBe(false);
      expect(a.hasAttribute("target")).toBe(false);
    }
    for (const el of d.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        expect(attr.value).not.toMatch(/javascript:|data:|vbscript:/i);
      }
    }
  });

  it("turns images into links and never emits <img>", () => {
    const d = dom(
      "![a cat](https://evil.example/cat.png) ![x](data:image/png;base64,AAAA)",
    );
    expect(d.querySelector("img")).toBeNull();
    const links = [...d.querySelectorAll("a.image-link")];
    expect(links.map((a) => a.textContent)).toEqual(["a cat", "x"]);
    expect(links[0].getAttribute("href")).toBe("https://evil.example/cat.png");
    expect(links[1].hasAttribute("href")).toBe(false);
  });

  it("leaves no event handler, script, iframe or SVG from a hostile reply", () => {
    const corpus = [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "<svg onload=alert(1)><script>alert(1)</script></svg>",
      "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
      '<a href="javascript:alert(1)">x</a>',
      '[x](javascript:alert(1) "t")',
      "```html\n<script>alert(1)</script>\n```",
      "`<img src=x onerror=alert(1)>`",
      "&lt;script&gt;alert(1)&lt;/script&gt;",
    ].join("\n\n");
    const d = dom(corpus);
    expect(
      d.querySelector("script, iframe, svg, img, object, embed"),
    ).toBeNull();
    for (const el of d.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        expect(attr.name.startsWith("on")).toBe(false);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
  });

  it("gives code blocks a language label and a copy button, highlighted once highlight.js is there", () => {
    const r = new MarkdownRenderer();
    const md = "```python\ndef f():\n    return 1\n```";
    const plain = dom(md, r);
    expect(plain.querySelector(".code-head")?.getAttribute("data-lang")).toBe(
      "python",
    );
    expect(
      plain.querySelector("button.copy-code")?.getAttribute("aria-label"),
    ).toBe("Copy code");
    expect(plain.querySelector("pre code")?.textContent).toBe(
      "def f():\n    return 1",
    );
    expect(plain.querySelector(".hljs-keyword")).toBeNull();

    const before = r.version;
    r.setHighlighter(hljs);
    expect(r.version).toBe(before + 1);
    const lit = dom(md, r);
    expect(lit.querySelector(".hljs-keyword")?.textContent).toBe("def");
    expect(lit.querySelector("pre code")?.textContent).toBe(
      "def f():\n    return 1",
    );
  });

  it("emits math as KaTeX placeholders with the source, once math is enabled", () => {
    const r = new MarkdownRenderer();
    expect(dom("Area $a^2$ here", r).querySelector("[data-tex]")).toBeNull();
    r.enableMath(markedKatex());
    const d = dom("Area $a^2$ here\n\n$$\n\\frac{1}{2}\n$$", r);
    const math = [...d.querySelectorAll<HTMLElement>("[data-tex]")];
    expect(math.map((m) => [m.dataset.tex, m.dataset.display])).toEqual([
      ["a^2", "false"],
      ["\\frac{1}{2}", "true"],
    ]);
    expect(math[0].textContent).toBe("$a^2$");
  });
});
