import {
  PROMPT_LIMITS,
  type PromptKind,
  type SavedPrompt,
} from "../prompts/prompt";
import { ImportError } from "./import-error";

// The optional `prompts` field of an export file: the user's saved prompts. Files from
// before it existed have none, and import as they always did. Checked in the same words
// as the rest of the file (validate.ts), naming the place of the first problem.

const KEYS = ["id", "title", "text", "kind", "createdAt", "updatedAt"];
const KINDS: readonly PromptKind[] = ["message", "system"];
const ID = /^[A-Za-z0-9_-]{1,128}$/;
// C0 controls other than tab, newline and carriage return, DEL, and lone surrogates.
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function fields(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportError(where, "must be an object");
  for (const key of Object.getOwnPropertyNames(value))
    if (!KEYS.includes(key))
      throw new ImportError(
        where,
        `has an unknown field “${key.slice(0, 40)}”`,
      );
  const o = value as Record<string, unknown>;
  for (const key of KEYS)
    if (!Object.hasOwn(o, key))
      throw new ImportError(where, `is missing the field “${key}”`);
  return o;
}

function text(value: unknown, where: string, max: number): string {
  if (typeof value !== "string") throw new ImportError(where, "must be text");
  if (value.trim() === "") throw new ImportError(where, "is empty");
  if (value.length > max)
    throw new ImportError(
      where,
      `is longer than ${max.toLocaleString("en")} characters`,
    );
  if (NOT_TEXT.test(value))
    throw new ImportError(
      where,
      "contains characters that are not text (control characters or broken Unicode)",
    );
  return value;
}

function time(value: unknown, where: string): number {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > 8.64e15
  )
    throw new ImportError(where, "must be a time (a whole number from 0)");
  return value;
}

function prompt(value: unknown, where: string): SavedPrompt {
  const o = fields(value, where);
  if (typeof o.id !== "string" || !ID.test(o.id))
    throw new ImportError(
      `${where}, id`,
      "may hold only letters, digits, “-” and “_” (1 to 128 of them)",
    );
  if (!KINDS.includes(o.kind as PromptKind))
    throw new ImportError(
      `${where}, kind`,
      `must be one of ${KINDS.join(", ")}`,
    );
  return {
    id: o.id,
    title: text(o.title, `${where}, title`, PROMPT_LIMITS.titleChars),
    text: text(o.text, `${where}, text`, PROMPT_LIMITS.textChars),
    kind: o.kind as PromptKind,
    createdAt: time(o.createdAt, `${where}, creation time`),
    updatedAt: time(o.updatedAt, `${where}, last change time`),
  };
}

/**
 * Checks the file's `prompts` field (absent: none) and returns fresh objects built from
 * the checked fields only. Throws ImportError naming the first problem.
 */
export function validatePrompts(value: unknown): SavedPrompt[] {
  if (value === undefined) return [];
  const where = "The file's saved prompts";
  if (!Array.isArray(value)) throw new ImportError(where, "must be a list");
  if (value.length > PROMPT_LIMITS.count)
    throw new ImportError(
      where,
      `holds more than ${PROMPT_LIMITS.count.toLocaleString("en")} entries`,
    );
  const prompts = value.map((p, i) => prompt(p, `Saved prompt ${i + 1}`));
  if (new Set(prompts.map((p) => p.id)).size !== prompts.length)
    throw new ImportError(where, "two prompts share one id");
  return prompts;
}
