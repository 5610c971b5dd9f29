import type { PlannedFile } from "./layout";
import { writeManifest, type ModelManifest } from "./manifest";
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
  // hold the next one up (each IndexedDB commit took seconds on a busy machine).
  private manifestTail: Promise<unknown> = Promise.resolve();

  constructor(private readonly manifest: ModelManifest) {}

  /** Resolves once `data` is durable (its transaction committed) and counted. */
  store(file: PlannedFile, data: ArrayBuffer | object): Promise<void> {
    const write = this.tail.then(async () => {
      await db.put(file.scope, file.url, data);
      this.manifest.storedBytes += file.bytes ?? 0;
      this.manifest.updatedAt = Date.now();
      const snapshot = { ...this.manifest };
      this.manifestTail = this.manifestTail
        .then(() => writeManifest(snapshot))
        .catch(() => {});
    });
    // A failed write fails its own lane; the next write is still made.
    this.tail = write.catch(() => {});
    return write;
  }

  /** Resolves when no write is left in flight, the manifest's included. */
  async settled(): Promise<void> {
    await this.tail;
    await this.manifestTail;
  }
}
