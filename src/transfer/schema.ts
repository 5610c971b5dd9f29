import * as v from "valibot";
import type { MessageStatus } from "../chat/types";
import type { FailureCode } from "../engine/errors";
import { EXPORT_FORMAT, EXPORT_VERSION, LIMITS } from "./limits";
import { attachmentIds, attachments, sources } from "./schema-attachments";

// The export file's schema on valibot. Each check says only what is wrong ("must be text,
// but it is a number"); validate.ts names the place from the issue's path. Every object is
// strict (a key outside the schema is refused) and the output holds fresh objects built
// from the schema's keys only.

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
const n = (x: number) => x.toLocaleString("en");

export function kind(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}

const forbiddenKey = (o: object) =>
  Object.getOwnPropertyNames(o).find((k) => FORBIDDEN_KEYS.includes(k));

/** A plain JSON object with only the schema's keys (and every required one). */
function record<E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(
      (x) => typeof x === "object" && x !== null && !Array.isArray(x),
      (i) => `must be an object, but it is ${kind(i.input)}`,
    ),
    v.check(
      (o) => forbiddenKey(o) === undefined,
      (i) => `contains the forbidden key “${forbiddenKey(i.input as object)}”`,
    ),
    v.strictObject(entries, (i) =>
      i.expected === "never"
        ? `has an unknown field “${String(i.input).slice(0, 40)}”`
        : `is missing the field “${i.expected?.slice(1, -1)}”`,
    ),
  );
}

function text(max: number, min = 0) {
  return v.pipe(
    v.custom<string>(
      (x) => typeof x === "string",
      (i) => `must be text, but it is ${kind(i.input)}`,
    ),
    v.maxLength(max, `is longer than ${n(max)} characters`),
    v.check((s) => s.length >= min, "is empty"),
    v.check(
      (s) => !NOT_TEXT.test(s),
      "contains characters that are not text (control characters or broken Unicode)",
    ),
  );
}

const id = () =>
  v.pipe(
    text(LIMITS.idChars, 1),
    v.regex(ID, "may hold only letters, digits, “-” and “_”"),
  );

function number(min: number, max: number, integer = false) {
  return v.pipe(
    v.custom<number>(
      (x) => typeof x === "number" && Number.isFinite(x),
      (i) => `must be a number, but it is ${kind(i.input)}`,
    ),
    v.check((x) => x >= min && x <= max, `must be between ${min} and ${max}`),
    v.check((x) => !integer || Number.isInteger(x), "must be a whole number"),
  );
}

const time = () => number(0, 8.64e15, true);

const oneOf = <T extends string>(options: T[]) =>
  v.pipe(text(40), v.picklist(options, `must be one of ${options.join(", ")}`));

/** A list, its length checked before any of its entries is looked at. */
function list<S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.custom<unknown[]>(
      Array.isArray,
      (i) => `must be a list, but it is ${kind(i.input)}`,
    ),
    v.maxLength(max, `holds more than ${n(max)} entries`),
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
      "two messages share one id",
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

/** File-wide problems say "the file …" and are reported without a place. */
export const FILE_WIDE = "the file ";

export const exportFile = record({
  format: v.custom<string>(
    (x) => x === EXPORT_FORMAT,
    "is not a Hearth export (its “format” is not “hearth.conversations”)",
  ),
  version: v.custom<number>(
    (x) => x === EXPORT_VERSION,
    (i) =>
      `has version ${String(i.input).slice(0, 20)}, and this Hearth reads version ${EXPORT_VERSION}`,
  ),
  exportedAt: v.optional(text(40)),
  // Saved prompts (the "/" menu) are checked after the schema, by validate-prompts.ts.
  prompts: v.optional(v.unknown()),
  conversations: v.pipe(
    v.custom<unknown[]>(
      Array.isArray,
      (i) => `must be a list, but it is ${kind(i.input)}`,
    ),
    v.maxLength(
      LIMITS.conversations,
      `holds more than ${n(LIMITS.conversations)} entries`,
    ),
    v.check(
      (cs) => messageCount(cs) <= LIMITS.totalMessages,
      `${FILE_WIDE}holds more than ${n(LIMITS.totalMessages)} messages in all`,
    ),
    v.array(conversation),
  ),
});

export type ExportFile = v.InferOutput<typeof exportFile>;
