import { Marked, type MarkedExtension, type Token, type Tokens } from "marked";
import type { BlockEngine } from "./block-cache";
import { createSanitizer, type Sanitize } from "./sanitize";
import { catalogInUse, t } from "../../i18n/locale";

/** The part of highlight.js we use, so its module can arrive later by dynamic import. */
export interface Highlighter {
  getLanguage(name: string): unknown;
  highlight(
    code: string,
    options: { language: string; ignoreIllegals: boolean },
  ): { value: string };
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * Markdown to safe HTML, one block token at a time. Any HTML the model writes is shown as
 * text, never parsed; images become links; code gets a header with its language and a copy
 * button; math becomes a placeholder that KaTeX fills in the DOM (`math-dom.ts`), so no
 * inline style attribute ever passes through HTML (CSP, issue 5).
 */
export class MarkdownRenderer implements BlockEngine<Token> {
  private revision = 0;
  /** The catalog the rendered HTML's words (the copy button's name) were taken from. */
  private messages = catalogInUse().messages;
  private marked = new Marked({ gfm: true, breaks: true });
  private highlighter: Highlighter | null = null;

  constructor(private readonly sanitize: Sanitize = createSanitizer()) {
    this.marked.use({
      tokenizer: {
        // marked's line break eats the next line's indentation; keep it, so a reply shows
        // the spaces the model wrote (paragraphs use `white-space: pre-wrap`).
        br(src) {
          const m = /^( *|\\)\n(?!\s*$)/.exec(src);
          return m ? { type: "br", raw: m[0] } : undefined;
        },
      },
      renderer: {
        html: ({ text, block }: Tokens.HTML | Tokens.Tag) =>
          block
            ? `<p class="raw-html">${escapeHtml(text.replace(/\n+$/, ""))}</p>\n`
            : escapeHtml(text),
        image: ({ href, text }: Tokens.Image) =>
          `<a class="image-link" data-label="${escapeHtml(t("chat.markdown.image"))}" href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
        code: ({ text, lang }: Tokens.Code) => this.code(text, lang),
      },
    });
  }

  /** Bumped when rendering changes: a helper arrived, or another language is in use. */
  get version(): number {
    const { messages } = catalogInUse();
    if (messages !== this.messages) {
      this.messages = messages;
      this.revision++;
    }
    return this.revision;
  }

  /** Highlight fenced code from now on (highlight.js arrived). */
  setHighlighter(highlighter: Highlighter): void {
    this.highlighter = highlighter;
    this.revision++;
  }

  /** Recognise `$…$` and `$$…$$` from now on (marked-katex-extension arrived). */
  enableMath(extension: MarkedExtension): void {
    const placeholder = (token: Tokens.Generic) => {
      const display = token.displayMode === true;
      const tag = token.type === "blockKatex" ? "div" : "span";
      return `<${tag} class="math" data-tex="${escapeHtml(String(token.text))}" data-display="${display}">${escapeHtml(token.raw.trim())}</${tag}>`;
    };
    this.marked.use(extension, {
      extensions: [
        { name: "inlineKatex", renderer: placeholder },
        { name: "blockKatex", renderer: placeholder },
      ],
    });
    this.revision++;
  }

  get hasHighlighter(): boolean {
    return this.highlighter !== null;
  }

  lex(text: string): Token[] {
    return this.marked.lexer(text);
  }

  render(token: Token): string {
    return this.sanitize(this.marked.parser([token]));
  }

  /** The whole text at once: what a naive view does on every token (the benchmark's baseline). */
  renderAll(text: string): string {
    return this.sanitize(this.marked.parse(text) as string);
  }

  private code(text: string, lang: string | undefined): string {
    const language = (lang ?? "").trim().split(/\s+/)[0].toLowerCase();
    const hl = this.highlighter;
    const known = hl !== null && language !== "" && !!hl.getLanguage(language);
    const body = known
      ? hl.highlight(text, { language, ignoreIllegals: true }).value
      : escapeHtml(text);
    const label = escapeHtml(language || "text");
    const shown = language ? label : escapeHtml(t("chat.markdown.plainText"));
    const copy = escapeHtml(t("chat.markdown.copyCode"));
    // Label and button text come from CSS (attr(), ::after), so a reply's innerText is its
    // code, and copying the reply does not pick up "Copy code".
    return (
      `<div class="code-block"><div class="code-head" data-lang="${shown}">` +
      `<button type="button" class="copy-code" aria-label="${copy}" data-copy="${escapeHtml(t("chat.markdown.copy"))}" data-copied="${escapeHtml(t("chat.markdown.copied"))}" data-failed="${escapeHtml(t("chat.markdown.copyFailed"))}"></button></div>` +
      `<pre><code class="hljs language-${label}">${body}</code></pre></div>\n`
    );
  }
}
