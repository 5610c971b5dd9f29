import { formatMegabytes } from "../i18n/format";
import { t } from "../i18n/locale";
import type { AttachErrorCode, AttachErrorValues } from "./types";

/**
 * A refused file in plain words, in the page's language. Called where an AttachError is
 * made: on the page for its own checks and for what the worker reported (by code and
 * values), so the words are never the worker's.
 */
export function attachErrorText(
  code: AttachErrorCode,
  { name = "", size = 0, max = 0, detail }: AttachErrorValues,
): string {
  switch (code) {
    case "too-large":
      return t("files.attach.tooLarge", {
        name,
        size: formatMegabytes(size),
        max: formatMegabytes(max),
      });
    case "unsupported":
      return t("files.attach.unsupported", { name });
    case "scanned-pdf":
      return t("files.attach.scannedPdf", { name });
    case "password-pdf":
      return t("files.attach.passwordPdf", { name });
    case "corrupt-pdf":
      return t("files.attach.corruptPdf", { name });
    case "binary":
      return t("files.attach.binary", { name });
    case "empty":
      return t("files.attach.empty", { name });
    case "failed":
      return detail === undefined
        ? t("files.attach.readerStopped")
        : t("files.attach.failed", { detail });
  }
}
