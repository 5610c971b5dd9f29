import type { PlannedFile } from "./layout";
import { writeManifest, type ModelManifest } from "./manifest";
import { DiskFullError, StorageFailureError } from "./storage-failure";
import * as db from "./web-llm-db";

/**
 * Writes verified files into web-llm's databases one at a time, while the lanes keep
 * receiving. One write in flight: IndexedDB runs write transactions on one store one after
 * another anyway, and a second queued write would only hold another shard in memory.
 * After each write the manifest is brought up to date, so a page closed mid-download
 * reopens showing where it was (the download itself checks what is stored, not the count).
 */
export class SerialWriter {
  private tail: Promise<unknown> = Promise.resolve();
  // The manifest lives in another database: its writes follow the shard writes but never
  // hold the next one up (each IndexedDB commit took seconds on a busy machine). At most one
  // is waiting, and it takes the manifest as it is when it starts: one queued write per
  // shard left a dozen commits for the end of a download on a busy machine.
  private manifestTail: Promise<unknown> = Promise.resolve();
  private manifestQueued = false;

  constructor(private readonly manifest: ModelManifest) {}

  /** Set by the first write that failed with the disk full: no later write is tried. */
  private full: DiskFullError | undefined;

  /**
   * Resolves once `data` is durable (its transaction committed) and counted. Once a write
   * has failed with the disk full, every later one fails at once with the same error: its
   * lane stops, and nothing more is written or fetched (issue 21).
   */
  store(file: PlannedFile, data: Blob | object): Promise<void> {
    const write = this.tail.then(async () => {
      if (this.full) throw this.full;
      try {
        await db.put(file.scope, file.url, data);
      } catch (err) {
        // Chromium 156 reports a full disk as QuotaExceededError or, for the same kind of
        // write on the same disk, as UnknownError (both seen on a tmpfs): a write that
        // fails either way is taken for a full disk, which pausing handles safely.
        if (err instanceof StorageFailureError)
          throw (this.full = new DiskFullError(
            this.manifest.storedBytes,
            this.manifest.totalBytes,
          ));
        throw err;
      }
      this.manifest.storedBytes += file.bytes ?? 0;
      this.manifest.updatedAt = Date.now();
      this.queueManifest();
    });
    // A failed write fails its own lane; the next write is still made (unless the disk is full).
    this.tail = write.catch(() => {});
    return write;
  }

  private queueManifest(): void {
    if (this.manifestQueued) return;
    this.manifestQueued = true;
    this.manifestTail = this.manifestTail
      .then(() => {
        this.manifestQueued = false;
        return writeManifest({ ...this.manifest });
      })
      .catch(() => {});
  }

  /** Resolves when no write is left in flight, the manifest's included. */
  async settled(): Promise<void> {
    await this.tail;
    await this.manifestTail;
  }
}
