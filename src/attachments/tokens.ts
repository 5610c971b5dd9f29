import { estimateTokens } from "../chat/context";
import type { Attachment } from "./types";

/** How a whole document stands in the documents block the model reads. */
export const wholeBlock = (a: Pick<Attachment, "name" | "text">) =>
  `[${a.name}]\n${a.text}\n\n`;

/** Estimated tokens of a document sent whole: counted once, in the attachments worker. */
export const wholeTokens = (a: Pick<Attachment, "name" | "text">) =>
  estimateTokens(wholeBlock(a));

// Attachments stored before `tokens` existed are counted once on the page, then remembered.
const counted = new WeakMap<Attachment, number>();

/**
 * A document's whole-block tokens without reading its text again: the context meter asks
 * on every change of the conversation, and counting a 300-page text takes ~20 ms.
 */
export function documentTokens(a: Attachment): number {
  if (a.tokens !== undefined) return a.tokens;
  let n = counted.get(a);
  if (n === undefined) counted.set(a, (n = wholeTokens(a)));
  return n;
}
