import type { PlannedFile } from "./layout";
import { BadFileError, verifyBody } from "./verify";

export interface FetchOptions {
  signal: AbortSignal;
  /** Called with byte deltas as they arrive (negative when received bytes are discarded). */
  onBytes: (delta: number) => void;
  attempts?: number;
  /** Backoff before attempt n (1-based retries): base * 2^(n-1) ms. */
  backoffMs?: number;
}

/** The file could not be fetched after every retry; says which file and why. */
export class DownloadFailedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** "network" when the host could not be reached at all. */
    readonly kind: "network" | "file" = "file",
  ) {
    super(`${file}: ${reason}`);
    this.name =
      kind === "network" ? "NetworkDownloadError" : "DownloadFailedError";
  }
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => (clearTimeout(t), reject(signal.reason)),
      { once: true },
    );
  });

/**
 * Fetches one file, verified, with retries and backoff. A connection that drops mid-body is
 * resumed with an HTTP Range request where the server allows it, so bytes already received
 * are not fetched again; a bad body is discarded whole and fetched again.
 */
export async function fetchFile(
  file: PlannedFile,
  opts: FetchOptions,
): Promise<ArrayBuffer | object> {
  const attempts = opts.attempts ?? 5;
  const backoff = opts.backoffMs ?? 500;
  const name = file.url.slice(file.url.lastIndexOf("/") + 1);
  let parts: Uint8Array[] = [];
  let received = 0;
  let rangeOk = false;
  let contentType = "";
  let lastReason = "";
  // True while no attempt has had any answer from the host: it is unreachable, not faulty.
  let neverAnswered = true;

  const discard = () => {
    opts.onBytes(-received);
    parts = [];
    received = 0;
  };

  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(backoff * 2 ** (attempt - 2), opts.signal);
    try {
      const resume: boolean = received > 0 && rangeOk;
      if (received > 0 && !resume) discard();
      const res: Response = await fetch(file.url, {
        signal: opts.signal,
        headers: resume ? { Range: `bytes=${received}-` } : undefined,
        cache: "no-store",
      });
      neverAnswered = false;
      if (resume && res.status !== 206) discard();
      else if (!res.ok) {
        lastReason =
          `the server answered ${res.status} ${res.statusText}`.trim();
        // A missing file will not appear by retrying.
        if (res.status === 404 || res.status === 403 || res.status === 401)
          break;
        continue;
      }
      if (!resume) contentType = res.headers.get("content-type") ?? "";
      rangeOk = res.headers.get("accept-ranges") === "bytes";
      const reader = res.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        received += value.byteLength;
        opts.onBytes(value.byteLength);
      }
      const bytes = join(parts, received);
      try {
        return await verifyBody(file, bytes, contentType);
      } catch (err) {
        if (!(err instanceof BadFileError)) throw err;
        lastReason = err.message.slice(name.length + 2);
        discard();
        rangeOk = false;
        continue;
      }
    } catch (err) {
      if (opts.signal.aborted) throw opts.signal.reason;
      lastReason =
        err instanceof Error
          ? `the connection failed (${err.message})`
          : String(err);
    }
  }
  discard();
  throw new DownloadFailedError(
    name,
    lastReason || "it could not be downloaded",
    neverAnswered ? "network" : "file",
  );
}

function join(parts: Uint8Array[], total: number): ArrayBuffer {
  if (
    parts.length === 1 &&
    parts[0].byteOffset === 0 &&
    parts[0].byteLength === parts[0].buffer.byteLength
  ) {
    return parts[0].buffer as ArrayBuffer;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.byteLength;
  }
  return out.buffer;
}
