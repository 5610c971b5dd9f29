import {
  PROMPT_LIMITS,
  type PromptKind,
  type SavedPrompt,
} from "../prompts/prompt";
import { t } from "../i18n/locale";
import { entry, ImportError, within, type FieldLabel } from "./import-error";

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
    throw new ImportError(where, t("files.import.mustBeObject"));
  for (const key of Object.getOwnPropertyNames(value))
    if (!KEYS.includes(key))
      throw new ImportError(
        where,
        t("files.import.unknownField", { field: key.slice(0, 40) }),
      );
  const o = value as Record<string, unknown>;
  for (const key of KEYS)
    if (!Object.hasOwn(o, key))
      throw new ImportError(
        where,
        t("files.import.missingField", { field: key }),
      );
  return o;
}

function text(value: unknown, where: string, max: number): string {
  if (typeof value !== "string")
    throw new ImportError(where, t("files.import.mustBeText"));
  if (value.trim() === "")
    throw new ImportError(where, t("files.import.empty"));
  if (value.length > max)
    throw new ImportError(where, t("files.import.tooLong", { max }));
  if (NOT_TEXT.test(value))
    throw new ImportError(where, t("files.import.notText"));
  return value;
}

function time(value: unknown, where: string): number {
  if (
    typeof value !== "number" ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > 8.64e15
  )
    throw new ImportError(where, t("files.import.time"));
  return value;
}

function prompt(value: unknown, where: string): SavedPrompt {
  const o = fields(value, where);
  const at = (field: FieldLabel) => within(where, t(field));
  if (typeof o.id !== "string" || !ID.test(o.id))
    throw new ImportError(
      at("files.import.field.id"),
      t("files.import.promptId"),
    );
  if (!KINDS.includes(o.kind as PromptKind))
    throw new ImportError(
      at("files.import.field.kind"),
      t("files.import.oneOf", { options: KINDS.join(", ") }),
    );
  return {
    id: o.id,
    title: text(
      o.title,
      at("files.import.field.title"),
      PROMPT_LIMITS.titleChars,
    ),
    text: text(o.text, at("files.import.field.text"), PROMPT_LIMITS.textChars),
    kind: o.kind as PromptKind,
    createdAt: time(o.createdAt, at("files.import.field.createdAt")),
    updatedAt: time(o.updatedAt, at("files.import.field.promptUpdatedAt")),
  };
}

/**
 * Checks the file's `prompts` field (absent: none) and returns fresh objects built from
 * the checked fields only. Throws ImportError naming the first problem.
 */
export function validatePrompts(value: unknown): SavedPrompt[] {
  if (value === undefined) return [];
  const where = t("files.import.place.savedPrompts");
  if (!Array.isArray(value))
    throw new ImportError(where, t("files.import.mustBeList"));
  if (value.length > PROMPT_LIMITS.count)
    throw new ImportError(
      where,
      t("files.import.tooManyEntries", { max: PROMPT_LIMITS.count }),
    );
  const prompts = value.map((p, i) =>
    prompt(p, t("files.import.place.savedPrompt", { n: entry(i) })),
  );
  if (new Set(prompts.map((p) => p.id)).size !== prompts.length)
    throw new ImportError(where, t("files.import.duplicatePrompts"));
  return prompts;
}
