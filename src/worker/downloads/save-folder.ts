import type { ModelSource, SaveResult } from "../../engine/protocol";
import { t } from "../../i18n/locale";
import type { PlannedFile } from "./layout";
import { readManifest } from "./manifest";
import * as db from "./web-llm-db";

/** Save to folder failing, in plain words (exception names never reach the screen). */
export class SaveFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SaveFolderError";
  }
}

type StoredFile = Pick<PlannedFile, "kind" | "url" | "scope" | "bytes">;

/**
 * A file's name in the folder: its path under the model's base (`…/resolve/main/`), as the
 * model repository publishes it; the library by the last part of its own URL.
 */
export function folderPath(file: StoredFile, base: string): string {
  const path =
    file.kind !== "wasm" && file.url.startsWith(base)
      ? file.url.slice(base.length)
      : new URL(file.url).pathname.split("/").at(-1)!;
  return decodeURIComponent(path);
}

async function fileIn(folder: FileSystemDirectoryHandle, path: string) {
  const parts = path.split("/").filter((p) => p && p !== "." && p !== "..");
  let dir = folder;
  for (const part of parts.slice(0, -1))
    dir = await dir.getDirectoryHandle(part, { create: true });
  return dir.getFileHandle(parts.at(-1)!, { create: true });
}

/** What the browser said, as a sentence a person can act on. */
function inWords(err: unknown, name: string): Error {
  if (err instanceof SaveFolderError) return err;
  if (err instanceof Error && err.name === "StorageFailedError") return err;
  switch (err instanceof Error ? err.name : "") {
    case "NotAllowedError":
    case "SecurityError":
      return new SaveFolderError(t("worker.saveFolder.notAllowed"));
    case "QuotaExceededError":
      return new SaveFolderError(t("worker.saveFolder.diskFull", { name }));
    case "NoModificationAllowedError":
    case "InvalidModificationError":
      return new SaveFolderError(t("worker.saveFolder.readOnly", { name }));
    case "NotFoundError":
    case "NotReadableError":
      return new SaveFolderError(t("worker.saveFolder.unreadable", { name }));
    default:
      return new SaveFolderError(t("worker.saveFolder.failed", { name }));
  }
}

/**
 * Writes every file of a downloaded model into `folder` as the model's host publishes it
 * (issue 22, item 5): the names of its repository, `tensor-cache.json` as JSON again (web-llm
 * keeps it parsed), and the model library. Bytes stream from each stored Blob into the
 * file (`pipeTo`), so no shard is held in memory; a cancelled or failed file is discarded
 * by the browser (a writable stream only replaces the file when it closes).
 */
export async function saveToFolder(
  source: ModelSource,
  folder: FileSystemDirectoryHandle,
  onBytes: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<SaveResult> {
  const manifest = await readManifest(source.id);
  const config = manifest?.files.find((f) => f.kind === "config");
  if (!manifest || manifest.state !== "complete" || !config)
    throw new SaveFolderError(t("worker.saveFolder.incomplete"));
  const base = config.url.slice(0, config.url.lastIndexOf("/") + 1);
  // The small files (config, library, tokenizer, tensor-cache.json) are read first, for
  // the total; shards are read one at a time as they are written.
  const small = new Map<string, Blob>();
  for (const f of manifest.files) {
    if (f.kind === "shard") continue;
    const data =
      f.kind === "tensor-cache"
        ? await db.get(f.scope, f.url)
        : await db.getBlob(f.scope, f.url);
    if (data === undefined)
      throw new SaveFolderError(
        t("worker.saveFolder.missing", { name: folderPath(f, base) }),
      );
    small.set(
      f.url,
      data instanceof Blob
        ? data
        : data instanceof ArrayBuffer
          ? new Blob([data])
          : new Blob([JSON.stringify(data)], { type: "application/json" }),
    );
  }
  const total = manifest.files.reduce(
    (n, f) => n + (small.get(f.url)?.size ?? f.bytes ?? 0),
    0,
  );
  let done = 0;
  let reported = 0;
  const report = (force = false) => {
    // A few hundred messages for a 4 GB model, not one per chunk.
    if (!force && done - reported < total / 200) return;
    reported = done;
    onBytes(done, total);
  };
  report(true);
  let files = 0;
  for (const f of manifest.files) {
    if (signal.aborted) break;
    const name = folderPath(f, base);
    const blob = small.get(f.url) ?? (await db.getBlob(f.scope, f.url));
    if (!blob)
      throw new SaveFolderError(t("worker.saveFolder.missing", { name }));
    try {
      const writable = await (await fileIn(folder, name)).createWritable();
      const count = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          done += chunk.byteLength;
          report();
          controller.enqueue(chunk);
        },
      });
      await blob.stream().pipeThrough(count).pipeTo(writable, { signal });
    } catch (err) {
      if (signal.aborted) break;
      throw inWords(err, name);
    }
    files++;
    report(true);
  }
  return {
    files,
    bytes: done,
    libraryLeftOut: !manifest.files.some((f) => f.kind === "wasm"),
    stopped: signal.aborted,
  };
}
