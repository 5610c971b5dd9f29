import * as v from "valibot";
import { t } from "../i18n/locale";
import type { FieldLabel } from "./import-error";

// The attachment parts of an export file (issue 12) on valibot: a conversation's
// `attachments`, a user message's `attachmentIds`, a reply's `sources`. Unlike schema.ts's
// strict objects, a key outside these is dropped, not refused: exported attachments carry
// `conversationId` and `tokens`, which the app sets itself on import. validate.ts names the
// place from the path ("…, attachment 1, passage 2, page"). Messages are functions:
// their words are written when a file is checked, in the page's language.

const MAX_ATTACHMENTS = 200;
const MAX_TEXT = 20 * 1024 * 1024;
const MAX_PASSAGES = 100_000;
const MAX_SOURCE_PASSAGES = 1000;
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];

const forbiddenKey = (o: object) =>
  Object.keys(o).find((k) => FORBIDDEN_KEYS.includes(k));

/**
 * An object whose every required field is read even when absent, so a missing one is
 * refused by its own check ("…, name: must be text") as a present but wrong one is.
 */
function fields<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === "object" && x !== null && !Array.isArray(x),
      () => t("files.import.mustBeObject"),
    ),
    v.check(
      (o) => forbiddenKey(o) === undefined,
      (i) =>
        t("files.import.forbiddenKey", {
          key: String(forbiddenKey(i.input as object)),
        }),
    ),
    v.transform((o) => {
      const picked: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(entries))
        if (key in o || schema.type !== "optional") picked[key] = o[key];
      return picked;
    }),
    v.object(entries),
  );
}

const text = (max: number) =>
  v.pipe(
    v.custom<string>(
      (x) => typeof x === "string",
      () => t("files.import.mustBeText"),
    ),
    v.maxLength(max, () => t("files.import.tooLong", { max })),
  );

const count = () =>
  v.custom<number>(
    (x) => typeof x === "number" && Number.isInteger(x) && x >= 0,
    () => t("files.import.count"),
  );

/** A list, its length checked before any of its entries is looked at. */
const list = <S extends v.GenericSchema>(item: S, max: number) =>
  v.pipe(
    v.custom<unknown[]>(Array.isArray, () => t("files.import.mustBeList")),
    v.maxLength(max, () => t("files.import.tooManyItems", { max })),
    v.array(item),
  );

const passage = fields({
  id: text(128),
  text: text(MAX_TEXT),
  page: v.optional(count()),
  lineStart: v.optional(count()),
  lineEnd: v.optional(count()),
});

const attachment = fields({
  id: v.pipe(
    text(128),
    v.regex(ID, () => t("files.import.idChars")),
  ),
  name: text(1000),
  kind: v.custom<"pdf" | "text">(
    (x) => x === "pdf" || x === "text",
    () => t("files.import.oneOf", { options: "pdf, text" }),
  ),
  mime: v.optional(text(200), ""),
  size: count(),
  sha256: text(64),
  pages: v.optional(count()),
  lines: v.optional(count()),
  text: text(MAX_TEXT),
  passages: list(passage, MAX_PASSAGES),
  addedAt: count(),
});

/** A conversation's attachments, without their conversation id (the importer sets it). */
export const attachments = v.pipe(
  list(attachment, MAX_ATTACHMENTS),
  v.check(
    (all) => new Set(all.map((a) => a.id)).size === all.length,
    () => t("files.import.duplicateAttachments"),
  ),
);

/** A user message's attachments, by id. */
export const attachmentIds = list(text(128), MAX_ATTACHMENTS);

/** What a reply was given from the attachments. */
export const sources = list(
  fields({
    attachmentId: text(128),
    name: text(1000),
    whole: v.custom<boolean>(
      (x) => typeof x === "boolean",
      () => t("files.import.trueOrFalse"),
    ),
    passages: list(passage, MAX_SOURCE_PASSAGES),
  }),
  MAX_ATTACHMENTS,
);

/** Words for these keys in a refusal's place; an index after a list names its entry. */
export const ATTACHMENT_LABELS: Record<string, FieldLabel> = {
  attachmentIds: "files.import.field.attachmentIds",
  attachmentId: "files.import.field.attachmentId",
  mime: "files.import.field.mime",
  sha256: "files.import.field.sha256",
  addedAt: "files.import.field.addedAt",
  lineStart: "files.import.field.lineStart",
  lineEnd: "files.import.field.lineEnd",
  name: "files.import.field.name",
  kind: "files.import.field.kind",
  size: "files.import.field.size",
  pages: "files.import.field.pages",
  lines: "files.import.field.lines",
  text: "files.import.field.text",
  passages: "files.import.field.passages",
  page: "files.import.field.page",
  whole: "files.import.field.whole",
  sources: "files.import.field.sources",
  attachments: "files.import.field.attachments",
};
/** Each with `{n}`, the entry's number ("passage 2"). */
export const ENTRY_WORDS: Record<
  string,
  | "files.import.place.attachment"
  | "files.import.place.attachmentId"
  | "files.import.place.passage"
  | "files.import.place.source"
> = {
  attachments: "files.import.place.attachment",
  attachmentIds: "files.import.place.attachmentId",
  passages: "files.import.place.passage",
  sources: "files.import.place.source",
};
