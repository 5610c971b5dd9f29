/** What a new list item looks like before its text arrives: "2", "2.", "-", "* ". */
const LIST_MARKER_SO_FAR = /^ {0,3}(?:\d{1,9}[.)]?|[-+*])[ \t]*\n?$/;

/** The slice of a markdown engine the cache needs: split text into blocks, render one. */
export interface BlockEngine<T extends { type: string; raw: string }> {
  /** Bumped whenever rendering changes (a highlighter or math arrived): old HTML is stale. */
  readonly version: number;
  lex(text: string): T[];
  render(token: T): string;
}

/**
 * Renders a growing markdown text block by block. A block is finished once a later block
 * has started after it; its HTML is cached and never rendered again while the text only
 * grows, so each update lexes and renders only the unfinished tail. The same idea as
 * llama.cpp's web UI (MarkdownContent.svelte); see issue 5.
 */
export class BlockCache<T extends { type: string; raw: string }> {
  private stable = "";
  private finished: string[] = [];
  private version = -1;

  /** HTML of every block of `text`, in order; finished blocks keep their string identity. */
  update(text: string, engine: BlockEngine<T>): string[] {
    if (engine.version !== this.version || !text.startsWith(this.stable)) {
      this.stable = "";
      this.finished = [];
      this.version = engine.version;
    }
    const tail = text.slice(this.stable.length);
    const tokens = engine.lex(tail);
    const live = tokens.slice(this.finishable(tokens, tail));
    for (const token of tokens.slice(0, tokens.length - live.length)) {
      this.stable += token.raw;
      if (token.type !== "space") this.finished.push(engine.render(token));
    }
    return [
      ...this.finished,
      ...live.filter((t) => t.type !== "space").map((t) => engine.render(t)),
    ];
  }

  /** How many cached blocks there are (for tests and the benchmark). */
  get finishedCount(): number {
    return this.finished.length;
  }

  /** Index of the first token that must stay live. */
  private finishable(tokens: T[], tail: string): number {
    // Tokens that do not add up to the text (CRLF normalised away, say) cannot be cut
    // safely: keep everything live, which is slower but correct.
    if (tokens.map((t) => t.raw).join("") !== tail) return 0;
    let last = tokens.length - 1;
    while (last >= 0 && tokens[last].type === "space") last--;
    if (last <= 0) return 0;
    // A list followed by a blank line can still be continued by its next item, while that
    // item is only a marker so far ("1. a\n\n2" becomes "1. a\n\n2. b").
    let prev = last - 1;
    while (prev >= 0 && tokens[prev].type === "space") prev--;
    if (
      prev >= 0 &&
      tokens[prev].type === "list" &&
      LIST_MARKER_SO_FAR.test(tokens[last].raw)
    )
      return prev;
    return last;
  }
}
