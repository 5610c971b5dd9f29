import { t } from "../../i18n/locale";

/**
 * IndexedDB refusing a write or a read, in words. Chromium reports a full disk as
 * `QuotaExceededError` (and, on some disks, `UnknownError`), and those names are for
 * developers, never for the screen (issue 21).
 */
export class StorageFailureError extends Error {
  constructor(
    /** "full": the disk or the browser's storage limit; "failed": any other refusal. */
    readonly kind: "full" | "failed",
  ) {
    super(
      kind === "full"
        ? t("worker.storageFailure.full")
        : t("worker.storageFailure.failed"),
    );
    this.name = kind === "full" ? "StorageFullError" : "StorageFailedError";
  }

  /** Words for what a transaction or request reported; undefined stays "failed". */
  static from(
    error: DOMException | Error | null | undefined,
  ): StorageFailureError {
    if (error instanceof StorageFailureError) return error;
    const text = `${error?.name ?? ""} ${error?.message ?? ""}`;
    return new StorageFailureError(
      /QuotaExceeded|quota|no space|disk is full|ENOSPC/i.test(text)
        ? "full"
        : "failed",
    );
  }
}

/** A download stopped because a write failed with the disk full: what is stored stays. */
export class DiskFullError extends Error {
  constructor(
    readonly storedBytes: number,
    readonly totalBytes: number,
  ) {
    // Plain digits, as before: the page writes its own sizes (storage-check.ts).
    super(
      t("worker.download.diskFull", {
        stored: String(storedBytes),
        total: String(totalBytes),
      }),
    );
    this.name = "DiskFullError";
  }
}
