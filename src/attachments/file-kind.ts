import type { AttachmentKind } from "./types";

/**
 * Extensions read as text. Source code is text; so are data formats whose text is what a
 * reader asks about. Office files, images and archives are not in the list: they need a
 * parser Hearth does not ship.
 */
const TEXT_EXTENSIONS = new Set(
  (
    "txt text md markdown mdx rst adoc org tex log csv tsv json jsonl ndjson yaml yml toml " +
    "ini cfg conf env xml html htm xhtml svg css scss less js mjs cjs jsx ts tsx mts cts " +
    "py rb go rs java kt kts scala swift c h cc cpp cxx hpp hh cs fs php pl pm r lua sh bash " +
    "zsh fish ps1 bat sql graphql proto dart ex exs erl hs ml clj vue svelte astro gradle " +
    "makefile dockerfile gitignore properties diff patch srt vtt bib"
  ).split(" "),
);
const TEXT_MIME =
  /^(text\/|application\/(json|xml|javascript|x-sh|x-yaml|toml|sql))/;

export type FileKind = AttachmentKind | "html" | "unknown";

export function extensionOf(name: string): string {
  const base = name.toLowerCase().split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot <= 0 ? base : base.slice(dot + 1);
}

/** What a file claims to be, from its name and type (its bytes are checked later). */
export function kindOf(name: string, mime: string): FileKind {
  const ext = extensionOf(name);
  if (ext === "pdf" || mime === "application/pdf") return "pdf";
  if (
    ext === "html" ||
    ext === "htm" ||
    ext === "xhtml" ||
    mime === "text/html"
  )
    return "html";
  if (TEXT_EXTENSIONS.has(ext) || TEXT_MIME.test(mime)) return "text";
  return "unknown";
}

/** A README or LICENSE has no extension and no type: then the bytes decide. */
export function mayBeText(name: string, mime: string): boolean {
  return !name.includes(".") && mime === "";
}
