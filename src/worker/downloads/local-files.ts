import type { IHasher } from "hash-wasm";
import type { PlannedFile } from "./layout";
import { ReceivedBody } from "./received-body";
import { verifyBody } from "./verify";

import type { LocalFiles } from "../../engine/protocol";

export type { LocalFiles };

/** The folder's copy of a planned file, if it has one. */
export function localFile(
  local: LocalFiles,
  file: PlannedFile,
): Blob | undefined {
  if (file.kind === "wasm") return local.library;
  return local.files[file.url.slice(file.url.lastIndexOf("/") + 1)];
}

/** A file of the folder that does not match its record: refused, naming it. */
export class LocalFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LocalFileError";
  }
}

/**
 * Reads one file of the folder through the checks a downloaded body gets (size, MD5 as it
 * is read, markup, JSON), and returns the value to store: a copy of the bytes, never the
 * `File` itself (IndexedDB keeps a File by reference, and it breaks when the folder moves:
 * REFERENCE.md). No retry: the same file would be read the same.
 */
export async function readLocal(
  file: PlannedFile,
  blob: Blob,
  opts: {
    part: Uint8Array<ArrayBuffer>;
    md5?: IHasher;
    onBytes: (delta: number) => void;
    signal: AbortSignal;
  },
): Promise<Blob | object> {
  const body = new ReceivedBody(opts.part, opts.md5);
  const reader = blob.stream().getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  opts.signal.addEventListener("abort", cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      opts.signal.throwIfAborted();
      if (done) break;
      body.push(value);
      opts.onBytes(value.byteLength);
    }
  } finally {
    opts.signal.removeEventListener("abort", cancel);
  }
  try {
    return await verifyBody(file, body, "");
  } catch (err) {
    opts.onBytes(-body.size);
    throw new LocalFileError(err instanceof Error ? err.message : String(err));
  }
}
