import type { SourceUse, Attachment, Passage } from "../attachments/types";
import type { ChatMessage } from "../chat/types";

/**
 * Checks the attachment parts of an export file (issue 12): a conversation's
 * `attachments`, a user message's `attachmentIds`, a reply's `sources`. Problems are
 * reported as validate.ts reports them, naming where in the file they are.
 */
type Fail = (where: string, problem: string) => Error;

const MAX_ATTACHMENTS = 200;
const MAX_TEXT = 20 * 1024 * 1024;
const MAX_PASSAGES = 100_000;
const ID = /^[A-Za-z0-9_-]{1,128}$/;

function obj(v: unknown, where: string, fail: Fail): Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw fail(where, "must be an object");
  for (const key of Object.keys(v))
    if (key === "__proto__" || key === "constructor" || key === "prototype")
      throw fail(where, `contains the forbidden key “${key}”`);
  return v as Record<string, unknown>;
}

function str(v: unknown, where: string, fail: Fail, max: number): string {
  if (typeof v !== "string") throw fail(where, "must be text");
  if (v.length > max)
    throw fail(where, `is longer than ${max.toLocaleString("en")} characters`);
  return v;
}

function int(
  v: unknown,
  where: string,
  fail: Fail,
  optional = false,
): number | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0)
    throw fail(where, "must be a whole number, 0 or more");
  return v;
}

function arr(v: unknown, where: string, fail: Fail, max: number): unknown[] {
  if (!Array.isArray(v)) throw fail(where, "must be a list");
  if (v.length > max)
    throw fail(where, `holds more than ${max.toLocaleString("en")} items`);
  return v;
}

function passage(v: unknown, where: string, fail: Fail): Passage {
  const o = obj(v, where, fail);
  const p: Passage = {
    id: str(o.id, `${where}, id`, fail, 128),
    text: str(o.text, `${where}, text`, fail, MAX_TEXT),
  };
  const page = int(o.page, `${where}, page`, fail, true);
  const lineStart = int(o.lineStart, `${where}, first line`, fail, true);
  const lineEnd = int(o.lineEnd, `${where}, last line`, fail, true);
  if (page !== undefined) p.page = page;
  if (lineStart !== undefined) p.lineStart = lineStart;
  if (lineEnd !== undefined) p.lineEnd = lineEnd;
  return p;
}

function attachment(
  v: unknown,
  where: string,
  fail: Fail,
  conversationId: string,
): Attachment {
  const o = obj(v, where, fail);
  const id = str(o.id, `${where}, id`, fail, 128);
  if (!ID.test(id))
    throw fail(`${where}, id`, "may hold only letters, digits, “-” and “_”");
  if (o.kind !== "pdf" && o.kind !== "text")
    throw fail(`${where}, kind`, "must be one of pdf, text");
  const a: Attachment = {
    id,
    conversationId,
    name: str(o.name, `${where}, name`, fail, 1000),
    kind: o.kind,
    mime: str(o.mime ?? "", `${where}, type`, fail, 200),
    size: int(o.size, `${where}, size`, fail)!,
    sha256: str(o.sha256, `${where}, hash`, fail, 64),
    text: str(o.text, `${where}, text`, fail, MAX_TEXT),
    passages: arr(o.passages, `${where}, passages`, fail, MAX_PASSAGES).map(
      (p, i) => passage(p, `${where}, passage ${i + 1}`, fail),
    ),
    addedAt: int(o.addedAt, `${where}, time added`, fail)!,
  };
  const pages = int(o.pages, `${where}, pages`, fail, true);
  const lines = int(o.lines, `${where}, lines`, fail, true);
  if (pages !== undefined) a.pages = pages;
  if (lines !== undefined) a.lines = lines;
  return a;
}

export function validateAttachments(
  value: unknown,
  where: string,
  conversationId: string,
  fail: Fail,
): Attachment[] {
  const list = arr(value, where, fail, MAX_ATTACHMENTS).map((a, i) =>
    attachment(a, `${where}, attachment ${i + 1}`, fail, conversationId),
  );
  if (new Set(list.map((a) => a.id)).size !== list.length)
    throw fail(where, "two attachments share one id");
  return list;
}

/** A message's optional attachment fields, checked. */
export function messageAttachmentFields(
  o: Record<string, unknown>,
  where: string,
  fail: Fail,
): Pick<ChatMessage, "attachmentIds" | "sources"> {
  const out: Pick<ChatMessage, "attachmentIds" | "sources"> = {};
  if (o.attachmentIds !== undefined)
    out.attachmentIds = arr(
      o.attachmentIds,
      `${where}, attachments`,
      fail,
      MAX_ATTACHMENTS,
    ).map((id, i) => str(id, `${where}, attachment ${i + 1}`, fail, 128));
  if (o.sources !== undefined)
    out.sources = arr(
      o.sources,
      `${where}, sources`,
      fail,
      MAX_ATTACHMENTS,
    ).map((s, i): SourceUse => {
      const w = `${where}, source ${i + 1}`;
      const so = obj(s, w, fail);
      if (typeof so.whole !== "boolean")
        throw fail(`${w}, whole`, "must be true or false");
      return {
        attachmentId: str(so.attachmentId, `${w}, attachment`, fail, 128),
        name: str(so.name, `${w}, name`, fail, 1000),
        whole: so.whole,
        passages: arr(so.passages, `${w}, passages`, fail, 1000).map((p, j) =>
          passage(p, `${w}, passage ${j + 1}`, fail),
        ),
      };
    });
  return out;
}
