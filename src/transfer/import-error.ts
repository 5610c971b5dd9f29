import { formatNumber, t } from "../i18n/locale";
import type { MessageKey } from "../i18n/messages";

/** The word for a field of the file, as a place names it (none of them has holes). */
export type FieldLabel = MessageKey & `files.import.field.${string}`;

/** Why a file was refused, in words; `where` names the place in the file. */
export class ImportError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(
      where ? t("files.import.problemAt", { place: where, problem }) : problem,
    );
    this.name = "ImportError";
  }
}

/** "Conversation 2, message 5": a part of a place in the file, named within it. */
export const within = (place: string, part: string): string =>
  t("files.import.place.within", { place, part });

/** An entry's number in a place ("Conversation 1234"), as Hearth has always written it. */
export const entry = (index: number): string =>
  formatNumber(index + 1, { useGrouping: false });
