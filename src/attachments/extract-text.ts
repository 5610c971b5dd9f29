import { AttachError } from "./types";

/** Bytes sniffed for NULs and other control characters that text files do not contain. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Decodes a text file, refusing binary posing as text: a NUL byte, invalid UTF-8 or many
 * control characters near the start mean it is not text whatever its name says.
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) throw binary(name);
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 100) throw binary(name);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: Latin-1 files are common (old CSV exports); UTF-16 would have had NULs.
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.replace(/^\uFEFF/, "");
}

const binary = (name: string) => new AttachError("binary", { name });

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * The readable text of an HTML page, never rendered: the worker has no DOM, and a page's
 * scripts, styles and images must not run or load. Block elements become line breaks.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(
      /<(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/pre|\/blockquote)\b[^>]*>/gi,
      "\n",
    )
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === "#") {
        const n =
          code[1] === "x" || code[1] === "X"
            ? parseInt(code.slice(2), 16)
            : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000
          ? String.fromCodePoint(n)
          : whole;
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n\s*\n+/g, "\n\n")
    .trim();
}
