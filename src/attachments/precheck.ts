import { kindOf, mayBeText } from "./file-kind";
import { AttachError, MAX_FILE_BYTES } from "./types";

const SUPPORTED =
  "Hearth reads text, Markdown, CSV, JSON, HTML, source code and PDF.";

import { formatMegabytes } from "../i18n/format";

export { formatMegabytes };

/** Checks a file before reading it; the same checks run again in the worker. */
export function precheck(file: {
  name: string;
  size: number;
  type: string;
}): void {
  if (file.size > MAX_FILE_BYTES) {
    throw new AttachError(
      "too-large",
      `${file.name} is ${formatMegabytes(file.size)}; Hearth reads files up to ${formatMegabytes(MAX_FILE_BYTES)}.`,
    );
  }
  if (
    kindOf(file.name, file.type) === "unknown" &&
    !mayBeText(file.name, file.type)
  ) {
    throw new AttachError(
      "unsupported",
      `${file.name} is not a kind of file Hearth can read. ${SUPPORTED}`,
    );
  }
}
