import type { Passage } from "./types";

/**
 * Passages of about this many characters (~200 tokens): small enough that several fit
 * beside a conversation in Llama 2's 4,096 tokens, large enough to hold a fact with its
 * surrounding sentence.
 */
export const PASSAGE_CHARS = 800;

/** Breaks a long run of text at sentence ends, else at spaces, into pieces of ~`max`. */
function pieces(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(
      window.lastIndexOf(". "),
      window.lastIndexOf("? "),
      window.lastIndexOf("! "),
      window.lastIndexOf("\n"),
    );
    const space = window.lastIndexOf(" ");
    const cut =
      sentence > max / 2 ? sentence + 1 : space > max / 2 ? space : max;
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/** A PDF's pages (1-based in order) as passages; no passage spans two pages. */
export function splitPages(pages: readonly string[]): Passage[] {
  const passages: Passage[] = [];
  pages.forEach((pageText, i) => {
    const text = pageText.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n");
    for (const piece of pieces(text, PASSAGE_CHARS)) {
      passages.push({ id: `p${passages.length}`, text: piece, page: i + 1 });
    }
  });
  return passages;
}

/** A text file as passages of whole lines, with their 1-based line numbers. */
export function splitLines(text: string): Passage[] {
  const lines = text.split(/\r\n|\r|\n/);
  const passages: Passage[] = [];
  let start = 0;
  let size = 0;
  const flush = (end: number) => {
    const body = lines.slice(start, end).join("\n");
    if (body.trim()) {
      passages.push({
        id: `p${passages.length}`,
        text: body,
        lineStart: start + 1,
        lineEnd: end,
      });
    }
    start = end;
    size = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > PASSAGE_CHARS) {
      // A very long line (minified JSON) is cut in pieces that all carry its number.
      flush(i);
      for (const piece of pieces(lines[i], PASSAGE_CHARS)) {
        const n = i + 1;
        passages.push({
          id: `p${passages.length}`,
          text: piece,
          lineStart: n,
          lineEnd: n,
        });
      }
      start = i + 1;
      continue;
    }
    if (size > 0 && size + lines[i].length > PASSAGE_CHARS) flush(i);
    size += lines[i].length + 1;
  }
  flush(lines.length);
  return passages;
}

/** "page 31", "lines 10–24": where a passage is in its document. */
export function passagePlace(p: Passage): string {
  if (p.page !== undefined) return `page ${p.page}`;
  if (p.lineStart === undefined) return "";
  return p.lineStart === p.lineEnd
    ? `line ${p.lineStart}`
    : `lines ${p.lineStart}–${p.lineEnd}`;
}
