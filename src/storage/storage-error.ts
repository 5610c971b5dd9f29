import { t } from "../i18n/locale";

export type StorageFailure = "quota" | "unavailable" | "unknown";

/** A failed read or write of saved chats, with its cause in words a person understands. */
export class StorageError extends Error {
  readonly code: StorageFailure;
  constructor(code: StorageFailure, detail: string) {
    super(detail);
    this.name = "StorageError";
    this.code = code;
  }

  static from(err: unknown): StorageError {
    if (err instanceof StorageError) return err;
    const name = (err as { name?: string } | null)?.name ?? "";
    const text = String((err as { message?: string } | null)?.message ?? err);
    if (name === "QuotaExceededError" || /quota/i.test(text))
      return new StorageError("quota", text);
    // Not UnknownError: Chromium 156 answers a write on a full disk with it (issue 21),
    // and telling that person their window cannot save at all would be wrong.
    if (
      name === "InvalidStateError" ||
      name === "SecurityError" ||
      typeof indexedDB === "undefined"
    )
      return new StorageError("unavailable", text);
    return new StorageError("unknown", text);
  }
}

/**
 * `p`, rejecting with a StorageError: a full disk rejects with a QuotaExceededError whose
 * message is empty, so callers get its cause as a code they can put in words.
 */
export function asStorageError<T>(p: Promise<T>): Promise<T> {
  return p.catch((err: unknown) => {
    throw StorageError.from(err);
  });
}

export function storageErrorText(code: StorageFailure): string {
  switch (code) {
    case "quota":
      return t("worker.storage.quota");
    case "unavailable":
      return t("worker.storage.unavailable");
    case "unknown":
      return t("worker.storage.unknown");
  }
}
