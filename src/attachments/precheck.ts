import { formatMegabytes } from "../i18n/format";
import { kindOf, mayBeText } from "./file-kind";
import { AttachError, MAX_FILE_BYTES } from "./types";

export { formatMegabytes };

/** Checks a file before reading it; the same checks run again in the worker. */
export function precheck(file: {
  name: string;
  size: number;
  type: string;
}): void {
  if (file.size > MAX_FILE_BYTES) {
    throw new AttachError("too-large", {
      name: file.name,
      size: file.size,
      max: MAX_FILE_BYTES,
    });
  }
  if (
    kindOf(file.name, file.type) === "unknown" &&
    !mayBeText(file.name, file.type)
  ) {
    throw new AttachError("unsupported", { name: file.name });
  }
}
