import * as v from "valibot";
import type { MessageStatus } from "../chat/types";
import type { FailureCode } from "../engine/errors";
import { formatNumber, t } from "../i18n/locale";
import { EXPORT_FORMAT, EXPORT_VERSION, LIMITS } from "./limits";
import { attachmentIds, attachments, sources } from "./schema-attachments";

// The export file's schema on valibot. Each check says only what is wrong ("must be text,
// but it is a number"); validate.ts names the place from the issue's path. Every object is
// strict (a key outside the schema is refused) and the output holds fresh objects built
// from the schema's keys only. Every message is a function, so its words are written in
// the page's language when a file is checked, never when this module is loaded.

const STATUSES: MessageStatus[] = [
  "complete",
  "stopped",
  "failed",
  "interrupted",
];
const FAILURES: FailureCode[] = [
  "no-webgpu",
  "no-adapter",
  "shader-f16",
  "network",
  "quota",
  "device-lost",
  "not-loaded",
  "context-window",
  "model-library",
  "unknown",
  "worker-crashed",
];
const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"];
// C0 controls other than tab, newline and carriage return, DEL, and lone surrogates.
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID = /^[A-Za-z0-9_-]+$/;
/** A bound as Hearth has always written it in these messages: no grouping. */
const plain = (x: number) => formatNumber(x, { useGrouping: false });

/** What a value is, for "…, but it is a list". */
export function kind(value: unknown): string {
  if (value === null) return t("files.import.kind.null");
  if (Array.isArray(value)) return t("files.import.kind.list");
  if (typeof value === "object") return t("files.import.kind.object");
  if (typeof value === "string") return t("files.import.kind.text");
  if (typeof value === "number") return t("files.import.kind.number");
  if (typeof value === "boolean") return t("files.import.kind.boolean");
  // Not reached from JSON: JSON.parse gives no other kind of value.
  return typeof value;
}

const forbiddenKey = (o: object) =>
  Object.getOwnPropertyNames(o).find((k) => FORBIDDEN_KEYS.includes(k));

/** A plain JSON object with only the schema's keys (and every required one). */
function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === "object" && x !== null && !Array.isArray(x),
      (i) => t("files.import.mustBeObjectIs", { kind: kind(i.input) }),
    ),
    v.check(
      (o) => forbiddenKey(o) === undefined,
      (i) =>
        t("files.import.forbiddenKey", {
          key: String(forbiddenKey(i.input as object)),
        }),
    ),
    v.strictObject(entries, (i) =>
      i.expected === "never"
        ? t("files.import.unknownField", {
            field: String(i.input).slice(0, 40),
          })
        : t("files.import.missingField", {
            field: String(i.expected?.slice(1, -1)),
          }),
    ),
  );
}

function text(max: number, min = 0) {
  return v.pipe(
    v.custom<string>(
      (x) => typeof x === "string",
      (i) => t("files.import.mustBeTextIs", { kind: kind(i.input) }),
    ),
    v.maxLength(max, () => t("files.import.tooLong", { max })),
    v.check(
      (s) => s.length >= min,
      () => t("files.import.empty"),
    ),
    v.check(
      (s) => !NOT_TEXT.test(s),
      () => t("files.import.notText"),
    ),
  );
}

const id = () =>
  v.pipe(
    text(LIMITS.idChars, 1),
    v.regex(ID, () => t("files.import.idChars")),
  );

function number(min: number, max: number, integer = false) {
  return v.pipe(
    v.custom<number>(
      (x) => typeof x === "number" && Number.isFinite(x),
      (i) => t("files.import.mustBeNumberIs", { kind: kind(i.input) }),
    ),
    v.check(
      (x) => x >= min && x <= max,
      () => t("files.import.between", { min: plain(min), max: plain(max) }),
    ),
    v.check(
      (x) => !integer || Number.isInteger(x),
      () => t("files.import.wholeNumber"),
    ),
  );
}

const time = () => number(0, 8.64e15, true);

const oneOf = <T extends string>(options: T[]) =>
  v.pipe(
    text(40),
    v.picklist(options, () =>
      t("files.import.oneOf", { options: options.join(", ") }),
    ),
  );

/** A list, its length checked before any of its entries is looked at. */
function list<S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.custom<unknown[]>(Array.isArray, (i) =>
      t("files.import.mustBeListIs", { kind: kind(i.input) }),
    ),
    v.maxLength(max, () => t("files.import.tooManyEntries", { max })),
    v.array(item),
  );
}

const settings = record({
  systemPrompt: v.optional(text(LIMITS.systemPromptChars)),
  temperature: v.optional(number(0, 2)),
  topP: v.optional(number(0, 1)),
  maxTokens: v.optional(number(1, LIMITS.maxTokens, true)),
});

const rate = () => v.optional(number(0, 1e9));
const usage = record({
  promptTokens: number(0, 1e9, true),
  completionTokens: number(0, 1e9, true),
  prefillTokensPerSecond: rate(),
  decodeTokensPerSecond: rate(),
  timeToFirstTokenSeconds: rate(),
});

const message = record({
  id: id(),
  role: oneOf(["user", "assistant"]),
  content: text(LIMITS.contentChars),
  createdAt: time(),
  status: oneOf(STATUSES),
  modelId: v.optional(text(LIMITS.modelIdChars)),
  usage: v.optional(usage),
  error: v.optional(
    record({
      code: oneOf(FAILURES),
      detail: text(LIMITS.errorDetailChars),
    }),
  ),
  // Absent in files written before conversations were trees (read as linear chats).
  parentId: v.optional(v.nullable(id())),
  // Attachment fields (issue 12): schema-attachments.ts.
  attachmentIds: v.optional(attachmentIds),
  sources: v.optional(sources),
});

const conversation = v.pipe(
  // The messages first: a huge list is refused before anything else is read.
  record({
    messages: list(message, LIMITS.messagesPerConversation),
    id: id(),
    title: text(LIMITS.titleChars),
    createdAt: time(),
    updatedAt: time(),
    settings: v.optional(settings),
    activeId: v.optional(id()),
    attachments: v.optional(attachments),
  }),
  v.forward(
    v.check(
      (c) => new Set(c.messages.map((m) => m.id)).size === c.messages.length,
      () => t("files.import.duplicateMessages"),
    ),
    ["messages"],
  ),
);

const messageCount = (cs: unknown[]) =>
  cs.reduce<number>(
    (sum, c) =>
      sum +
      (typeof c === "object" && c !== null && "messages" in c
        ? Array.isArray(c.messages)
          ? c.messages.length
          : 0
        : 0),
    0,
  );

/** The one check of the whole file, whose refusal names no place ("the file holds …"). */
const withinTotalMessages = (cs: unknown[]) =>
  messageCount(cs) <= LIMITS.totalMessages;
export const isFileWide = (issue: v.BaseIssue<unknown>) =>
  issue.requirement === withinTotalMessages;

export const exportFile = record({
  format: v.custom<string>(
    (x) => x === EXPORT_FORMAT,
    () => t("files.import.notHearth", { format: EXPORT_FORMAT }),
  ),
  version: v.custom<number>(
    (x) => x === EXPORT_VERSION,
    (i) =>
      t("files.import.version", {
        found: String(i.input).slice(0, 20),
        version: EXPORT_VERSION,
      }),
  ),
  exportedAt: v.optional(text(40)),
  // Saved prompts (the "/" menu) are checked after the schema, by validate-prompts.ts.
  prompts: v.optional(v.unknown()),
  conversations: v.pipe(
    v.custom<unknown[]>(Array.isArray, (i) =>
      t("files.import.mustBeListIs", { kind: kind(i.input) }),
    ),
    v.maxLength(LIMITS.conversations, () =>
      t("files.import.tooManyEntries", { max: LIMITS.conversations }),
    ),
    v.check(withinTotalMessages, () =>
      t("files.import.tooManyMessages", { max: LIMITS.totalMessages }),
    ),
    v.array(conversation),
  ),
});

export type ExportFile = v.InferOutput<typeof exportFile>;
