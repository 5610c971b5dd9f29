import type { ComponentChild } from "preact";
import { template } from "./locale";
import type { English, HolesOf, MessageKey } from "./messages";

const HOLE = /\{([A-Za-z][A-Za-z0-9]*)\}/;

/**
 * A message whose holes take elements (a link, a `<kbd>`, a bold file name): the text
 * around them stays text, so nothing in a catalog or a value is ever read as HTML.
 */
export function tRich<K extends MessageKey>(
  key: K,
  parts: { readonly [P in HolesOf<English[K]>]: ComponentChild },
): ComponentChild[] {
  const values = parts as Readonly<Record<string, ComponentChild>>;
  const count = values.count;
  const pieces = template(key, typeof count === "number" ? count : 0).split(
    new RegExp(HOLE.source, "g"),
  );
  // split() with a capture group alternates text and hole names.
  return pieces.map((piece, i) => (i % 2 === 0 ? piece : values[piece]));
}
