import type {
  ChatMessage,
  Conversation,
  ConversationSettings,
  MessageStatus,
} from "../chat/types";
import type { FailureCode } from "../engine/errors";
import type { Usage } from "../engine/protocol";
import type { SavedPrompt } from "../prompts/prompt";
import { EXPORT_FORMAT, EXPORT_VERSION, LIMITS } from "./limits";
import { validatePrompts } from "./validate-prompts";

/** Why a file was refused, in words; `where` names the place in the file. */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(where ? `${where}: ${problem}` : problem);
    this.name = "ImportError";
  }
}

const STATUSES: readonly MessageStatus[] = [
  "complete",
  "stopped",
  "failed",
  "interrupted",
];
const ROLES = ["user", "assistant"] as const;
const FAILURES: readonly FailureCode[] = [
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
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
// C0 controls other than tab, newline and carriage return, DEL, and lone surrogates.
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ID = /^[A-Za-z0-9_-]+$/;

function kind(value: unknown): string {
  if (value === null) return "empty (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true or false";
  return typeof value;
}

/** A plain JSON object holding only the allowed keys, and every required one. */
function record(
  value: unknown,
  where: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportError(where, `must be an object, but it is ${kind(value)}`);
  const allowed = new Set([...required, ...optional]);
  for (const key of Object.getOwnPropertyNames(value)) {
    if (FORBIDDEN_KEYS.has(key))
      throw new ImportError(where, `contains the forbidden key “${key}”`);
    if (!allowed.has(key))
      throw new ImportError(
        where,
        `has an unknown field “${key.slice(0, 40)}”`,
      );
  }
  const obj = value as Record<string, unknown>;
  for (const key of required)
    if (!Object.hasOwn(obj, key))
      throw new ImportError(where, `is missing the field “${key}”`);
  return obj;
}

function text(value: unknown, where: string, max: number, min = 0): string {
  if (typeof value !== "string")
    throw new ImportError(where, `must be text, but it is ${kind(value)}`);
  if (value.length > max)
    throw new ImportError(
      where,
      `is longer than ${max.toLocaleString("en")} characters`,
    );
  if (value.length < min) throw new ImportError(where, "is empty");
  if (NOT_TEXT.test(value))
    throw new ImportError(
      where,
      "contains characters that are not text (control characters or broken Unicode)",
    );
  return value;
}

function id(value: unknown, where: string): string {
  const s = text(value, where, LIMITS.idChars, 1);
  if (!ID.test(s))
    throw new ImportError(where, "may hold only letters, digits, “-” and “_”");
  return s;
}

function number(
  value: unknown,
  where: string,
  min: number,
  max: number,
  integer = false,
): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new ImportError(where, `must be a number, but it is ${kind(value)}`);
  if (value < min || value > max)
    throw new ImportError(where, `must be between ${min} and ${max}`);
  if (integer && !Number.isInteger(value))
    throw new ImportError(where, "must be a whole number");
  return value;
}

const time = (value: unknown, where: string) =>
  number(value, where, 0, 8.64e15, true);

function oneOf<T extends string>(
  value: unknown,
  where: string,
  options: readonly T[],
): T {
  const s = text(value, where, 40);
  if (!(options as readonly string[]).includes(s))
    throw new ImportError(where, `must be one of ${options.join(", ")}`);
  return s as T;
}

function list(value: unknown, where: string, max: number): unknown[] {
  if (!Array.isArray(value))
    throw new ImportError(where, `must be a list, but it is ${kind(value)}`);
  if (value.length > max)
    throw new ImportError(
      where,
      `holds more than ${max.toLocaleString("en")} entries`,
    );
  return value;
}

function settings(value: unknown, where: string): ConversationSettings {
  const o = record(
    value,
    where,
    [],
    ["systemPrompt", "temperature", "topP", "maxTokens"],
  );
  const out: ConversationSettings = {};
  if (o.systemPrompt !== undefined)
    out.systemPrompt = text(
      o.systemPrompt,
      `${where}, system prompt`,
      LIMITS.systemPromptChars,
    );
  if (o.temperature !== undefined)
    out.temperature = number(o.temperature, `${where}, temperature`, 0, 2);
  if (o.topP !== undefined) out.topP = number(o.topP, `${where}, top-p`, 0, 1);
  if (o.maxTokens !== undefined)
    out.maxTokens = number(
      o.maxTokens,
      `${where}, maximum reply length`,
      1,
      LIMITS.maxTokens,
      true,
    );
  return out;
}

const USAGE_KEYS = ["promptTokens", "completionTokens"] as const;
const USAGE_RATES = [
  "prefillTokensPerSecond",
  "decodeTokensPerSecond",
  "timeToFirstTokenSeconds",
] as const;

function usage(value: unknown, where: string): Usage {
  const o = record(value, where, USAGE_KEYS, USAGE_RATES);
  const out: Usage = {
    promptTokens: number(
      o.promptTokens,
      `${where}, prompt tokens`,
      0,
      1e9,
      true,
    ),
    completionTokens: number(
      o.completionTokens,
      `${where}, reply tokens`,
      0,
      1e9,
      true,
    ),
  };
  for (const key of USAGE_RATES)
    if (o[key] !== undefined)
      out[key] = number(o[key], `${where}, ${key}`, 0, 1e9);
  return out;
}

function message(value: unknown, where: string): ChatMessage {
  const o = record(
    value,
    where,
    ["id", "role", "content", "createdAt", "status"],
    ["modelId", "usage", "error"],
  );
  const out: ChatMessage = {
    id: id(o.id, `${where}, id`),
    role: oneOf(o.role, `${where}, role`, ROLES),
    content: text(o.content, `${where}, content`, LIMITS.contentChars),
    createdAt: time(o.createdAt, `${where}, creation time`),
    status: oneOf(o.status, `${where}, status`, STATUSES),
  };
  if (o.modelId !== undefined)
    out.modelId = text(o.modelId, `${where}, model`, LIMITS.modelIdChars);
  if (o.usage !== undefined) out.usage = usage(o.usage, `${where}, usage`);
  if (o.error !== undefined) {
    const e = record(o.error, `${where}, error`, ["code", "detail"]);
    out.error = {
      code: oneOf(e.code, `${where}, error code`, FAILURES),
      detail: text(e.detail, `${where}, error detail`, LIMITS.errorDetailChars),
    };
  }
  return out;
}

function conversation(
  value: unknown,
  where: string,
  budget: { messages: number },
): Conversation {
  const o = record(
    value,
    where,
    ["id", "title", "createdAt", "updatedAt", "messages"],
    ["settings"],
  );
  const items = list(
    o.messages,
    `${where}, messages`,
    LIMITS.messagesPerConversation,
  );
  budget.messages -= items.length;
  if (budget.messages < 0)
    throw new ImportError(
      "",
      `the file holds more than ${LIMITS.totalMessages.toLocaleString("en")} messages in all`,
    );
  const messages = items.map((m, i) =>
    message(m, `${where}, message ${i + 1}`),
  );
  const ids = new Set(messages.map((m) => m.id));
  if (ids.size !== messages.length)
    throw new ImportError(`${where}, messages`, "two messages share one id");
  return {
    id: id(o.id, `${where}, id`),
    title: text(o.title, `${where}, title`, LIMITS.titleChars),
    createdAt: time(o.createdAt, `${where}, creation time`),
    updatedAt: time(o.updatedAt, `${where}, last activity time`),
    settings:
      o.settings === undefined
        ? {}
        : settings(o.settings, `${where}, settings`),
    messages,
  };
}

/**
 * Checks an export file against the schema and returns fresh objects built from the
 * checked fields only: nothing from the file is kept by reference, so no unexpected key
 * or prototype reaches the app. Throws ImportError naming the first problem.
 */
export function validateExport(json: string): Conversation[] {
  return validateExportFile(json).conversations;
}

/** validateExport, and the saved prompts the file may carry (validate-prompts.ts). */
export function validateExportFile(json: string): {
  conversations: Conversation[];
  prompts: SavedPrompt[];
} {
  if (json.length > LIMITS.fileBytes)
    throw new ImportError(
      "",
      `the file is larger than ${LIMITS.fileBytes / 1024 / 1024} MB`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new ImportError(
      "",
      `the file is not valid JSON (${(err as Error).message})`,
    );
  }
  const top = record(
    parsed,
    "The file",
    ["format", "version", "conversations"],
    ["exportedAt", "prompts"],
  );
  if (top.format !== EXPORT_FORMAT)
    throw new ImportError(
      "The file",
      "is not a Hearth export (its “format” is not “hearth.conversations”)",
    );
  if (top.version !== EXPORT_VERSION)
    throw new ImportError(
      "The file",
      `has version ${String(top.version).slice(0, 20)}, and this Hearth reads version ${EXPORT_VERSION}`,
    );
  if (top.exportedAt !== undefined)
    text(top.exportedAt, "The file's export date", 40);
  const items = list(
    top.conversations,
    "The file's conversations",
    LIMITS.conversations,
  );
  const budget = { messages: LIMITS.totalMessages };
  const conversations = items.map((c, i) =>
    conversation(c, `Conversation ${i + 1}`, budget),
  );
  if (new Set(conversations.map((c) => c.id)).size !== conversations.length)
    throw new ImportError(
      "The file's conversations",
      "two conversations share one id",
    );
  return { conversations, prompts: validatePrompts(top.prompts) };
}
