import type { PlannedFile } from "./layout";
import { BadFileError, verifyBody } from "./verify";

export interface FetchOptions {
  signal: AbortSignal;
  /** Called with byte deltas as they arrive (negative when received bytes are discarded). */
  onBytes: (delta: number) => void;
  attempts?: number;
  /** Backoff before attempt n (1-based retries): base * 2^(n-1) ms. */
  backoffMs?: number;
  /**
   * A buffer to receive into when it has exactly the planned size: the caller hands back
   * the last shard's buffer once it is stored, so a download allocates one, not one per
   * shard left for the garbage collector.
   */
  reuse?: ArrayBuffer;
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
  const body = new Body(file.bytes, opts.reuse);
  let received = 0;
  let rangeOk = false;
  let contentType = "";
  let lastReason = "";
  // True while no attempt has had any answer from the host: it is unreachable, not faulty.
  let neverAnswered = true;

  const discard = () => {
    opts.onBytes(-received);
    body.reset();
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
      if (!resume) {
        contentType = res.headers.get("content-type") ?? "";
        body.expect(Number(res.headers.get("content-length")) || undefined);
      }
      rangeOk = res.headers.get("accept-ranges") === "bytes";
      for await (const chunk of chunks(res.body!)) {
        body.push(chunk);
        received += chunk.byteLength;
        opts.onBytes(chunk.byteLength);
      }
      const bytes = body.bytes();
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

const SCRATCH = 1 << 20;

/**
 * A body's bytes, read into one recycled 1 MB buffer where the stream allows it (a "byob"
 * reader), so a 4 GB download does not leave 4 GB of chunks for the garbage collector.
 * Each chunk is only valid until the next one is read. Not straight into the shard's
 * buffer: a connection that drops mid-read takes the read's buffer with it, and the bytes
 * already received must survive for the Range request that resumes.
 */
async function* chunks(
  stream: ReadableStream<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: "byob" });
  } catch {
    // Not a byte stream: its own chunks, then.
    const plain = stream.getReader();
    for (;;) {
      const { done, value } = await plain.read();
      if (done) return;
      yield value;
    }
  }
  let scratch = new ArrayBuffer(SCRATCH);
  for (;;) {
    const { done, value } = await reader.read(new Uint8Array(scratch));
    if (value) scratch = value.buffer as ArrayBuffer;
    if (done) return;
    yield value;
  }
}

/**
 * A body received straight into one buffer of the expected size: a shard is held once,
 * not as a list of chunks plus their joined copy. Grows only for a body longer than
 * announced, which verification then rejects.
 */
class Body {
  private buf: Uint8Array;
  private length = 0;

  constructor(
    private expected?: number,
    reuse?: ArrayBuffer,
  ) {
    this.buf =
      reuse && reuse.byteLength === expected
        ? new Uint8Array(reuse)
        : new Uint8Array(expected ?? 0);
  }

  /** The size the server announced, used when the plan did not know it. */
  expect(contentLength: number | undefined): void {
    if (this.expected === undefined && contentLength && this.length === 0)
      this.buf = new Uint8Array(contentLength);
  }

  push(chunk: Uint8Array): void {
    const need = this.length + chunk.byteLength;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    }
    this.buf.set(chunk, this.length);
    this.length = need;
  }

  reset(): void {
    this.length = 0;
  }

  bytes(): ArrayBuffer {
    const exact =
      this.length === this.buf.length
        ? this.buf
        : this.buf.slice(0, this.length);
    return exact.buffer as ArrayBuffer;
  }
}
