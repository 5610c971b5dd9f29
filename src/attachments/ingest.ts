import { decodeText, htmlToText } from "./extract-text";
import { kindOf } from "./file-kind";
import { precheck } from "./precheck";
import type { Extracted } from "./protocol";
import { splitLines, splitPages } from "./split";
import { wholeTokens } from "./tokens";
import { AttachError } from "./types";

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");
}

/**
 * Reads one file into an attachment: text and passages. Runs in the attachments worker;
 * `readPdf` is pdf.js there and is passed in so unit tests need no PDF engine for text.
 */
export async function ingest(
  file: File,
  id: string,
  readPdf: (bytes: Uint8Array, name: string) => Promise<string[]>,
): Promise<Extracted> {
  precheck(file);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const hash = await sha256(bytes);
  const base = {
    id,
    name: file.name,
    mime: file.type,
    size: file.size,
    sha256: hash,
  };
  const kind = kindOf(file.name, file.type);
  const isPdf =
    kind === "pdf" ||
    (kind === "unknown" &&
      new TextDecoder().decode(bytes.subarray(0, 5)) === "%PDF-");
  if (isPdf) {
    const pages = await readPdf(bytes, file.name);
    const text = pages
      .map((p, i) => `--- page ${i + 1} ---\n${p.trim()}`)
      .join("\n\n");
    return {
      ...base,
      kind: "pdf",
      pages: pages.length,
      text,
      passages: splitPages(pages),
      tokens: wholeTokens({ name: file.name, text }),
    };
  }
  const raw = decodeText(bytes, file.name);
  const text = kind === "html" ? htmlToText(raw) : raw;
  if (text.trim() === "") {
    throw new AttachError("empty", { name: file.name });
  }
  return {
    ...base,
    kind: "text",
    lines: text.split(/\r\n|\r|\n/).length,
    text,
    passages: splitLines(text),
    tokens: wholeTokens({ name: file.name, text }),
  };
}
