import { estimateTokens } from "../chat/context";
import { passagePlace } from "./split";
import { documentTokens, wholeBlock } from "./tokens";
import type { Attachment, Passage, SourceUse } from "./types";

/** The heading of the documents block, and the role marker a message of its own costs. */
export const DOCUMENTS_HEADING =
  "The user attached these documents. Answer from them when the question is about them, and say which page or lines you used.";
const HEADING_TOKENS = estimateTokens(DOCUMENTS_HEADING + "\n\n") + 4;
/** Retrieval keeps at least this share of the room beside the newest message. */
const MIN_PASSAGE_SHARE = 0.6;

export interface DocumentRoom {
  contextWindow: number;
  reserveTokens: number;
  /** The system prompt as a message (0 when there is none). */
  systemTokens: number;
  /** The whole conversation that would be sent, newest message included. */
  conversationTokens: number;
  /** The newest message alone: it is always sent. */
  newestTokens: number;
}

export type DocumentPlan =
  | { mode: "none" }
  | { mode: "whole"; tokens: number }
  | { mode: "passages"; tokens: number };

const passageBlock = (a: Attachment, p: Passage) =>
  `[${a.name}, ${passagePlace(p)}]\n${p.text}\n\n`;

/**
 * Whole documents when they all fit beside the conversation as it stands; otherwise a
 * budget for passages: the room left beside the conversation, but never less than 60% of
 * the room beside the newest message (older turns are then left out, as usual), and never
 * more than that room, so the newest message and the reply's reserve always fit.
 */
export function planDocuments(
  attachments: readonly Attachment[],
  room: DocumentRoom,
): DocumentPlan {
  if (attachments.length === 0) return { mode: "none" };
  const free =
    room.contextWindow -
    room.reserveTokens -
    room.systemTokens -
    HEADING_TOKENS;
  const whole = attachments.reduce((n, a) => n + documentTokens(a), 0);
  if (whole <= free - room.conversationTokens)
    return { mode: "whole", tokens: whole };
  const ceiling = Math.max(0, free - room.newestTokens);
  const tokens = Math.min(
    ceiling,
    Math.max(
      free - room.conversationTokens,
      Math.floor(ceiling * MIN_PASSAGE_SHARE),
    ),
  );
  return { mode: "passages", tokens };
}

export interface Ranked {
  attachmentId: string;
  passageId: string;
}

/** The documents block the model reads, and what it used for the note under the reply. */
export interface DocumentContext {
  text: string;
  tokens: number;
  sources: SourceUse[];
}

/** Tokens of the documents block with every document whole (no text is read). */
export const wholeBlockTokens = (attachments: readonly Attachment[]) =>
  HEADING_TOKENS + attachments.reduce((n, a) => n + documentTokens(a), 0);

/** Every document whole. */
export function wholeContext(
  attachments: readonly Attachment[],
): DocumentContext {
  const text =
    DOCUMENTS_HEADING + "\n\n" + attachments.map(wholeBlock).join("");
  return {
    text: text.trimEnd(),
    tokens: wholeBlockTokens(attachments),
    sources: attachments.map((a) => ({
      attachmentId: a.id,
      name: a.name,
      whole: true,
      passages: [],
    })),
  };
}

/**
 * The best passages in rank order while they fit `budget` (a passage too big is skipped,
 * a smaller one after it may still fit), then put back in document order so the model
 * reads them as they stand.
 */
export function passageContext(
  attachments: readonly Attachment[],
  ranked: readonly Ranked[],
  budget: number,
): DocumentContext {
  const byId = new Map(attachments.map((a) => [a.id, a]));
  const indexOf = new Map(
    attachments.flatMap((a) =>
      a.passages.map((p, i) => [`${a.id}/${p.id}`, i]),
    ),
  );
  let used = HEADING_TOKENS;
  const picked: Array<{ a: Attachment; p: Passage; order: number }> = [];
  for (const r of ranked) {
    const a = byId.get(r.attachmentId);
    const index = indexOf.get(`${r.attachmentId}/${r.passageId}`);
    if (!a || index === undefined) continue;
    const cost = estimateTokens(passageBlock(a, a.passages[index]));
    if (used + cost > budget) continue;
    used += cost;
    picked.push({ a, p: a.passages[index], order: index });
  }
  if (picked.length === 0) return { text: "", tokens: 0, sources: [] };
  const docOrder = attachments.map((a) => a.id);
  picked.sort(
    (x, y) =>
      docOrder.indexOf(x.a.id) - docOrder.indexOf(y.a.id) || x.order - y.order,
  );
  const sources: SourceUse[] = [];
  for (const { a, p } of picked) {
    let use = sources.find((s) => s.attachmentId === a.id);
    if (!use) {
      use = { attachmentId: a.id, name: a.name, whole: false, passages: [] };
      sources.push(use);
    }
    use.passages.push(p);
  }
  const text =
    DOCUMENTS_HEADING +
    "\n\n" +
    picked.map(({ a, p }) => passageBlock(a, p)).join("");
  return { text: text.trimEnd(), tokens: used, sources };
}
