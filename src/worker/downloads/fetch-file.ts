import { t } from "../../i18n/locale";
import type { PlannedFile } from "./layout";
import { HostGate, sleep } from "./host-gate";
import { ReceivedBody } from "./received-body";
import { createMD5, type IHasher } from "hash-wasm";
import { BadFileError, ChecksumError, verifyBody } from "./verify";

export interface FetchOptions {
  signal: AbortSignal;
  /** Called with byte deltas as they arrive (negative when received bytes are discarded). */
  onBytes: (delta: number) => void;
  attempts?: number;
  /** Backoff before attempt n (1-based retries): base * 2^(n-1) ms. */
  backoffMs?: number;
  /** The lane's part buffer (received-body.ts), reused from file to file. */
  part?: Uint8Array<ArrayBuffer>;
  /** Shared by the lanes of one download: a host's "slow down" holds all of them. */
  gate?: HostGate;
  /** The lane's MD5 hasher, reused from file to file; one is made when a file needs it. */
  md5?: IHasher;
}

/** The file could not be fetched after every retry; says which file and why. */
export class DownloadFailedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** "network" when the host could not be reached at all. */
    readonly kind: "network" | "file" = "file",
  ) {
    super(t("worker.download.fileProblem", { file, reason }));
    this.name =
      kind === "network" ? "NetworkDownloadError" : "DownloadFailedError";
  }
}

/** Refusals (429/503) one file may meet before the download gives up on it. */
const MAX_REFUSALS = 12;
/** Statuses of a signed URL that has expired: resolve the original URL again. */
const EXPIRED = new Set([401, 403, 410]);

/**
 * Fetches one file, verified, with retries and backoff. A connection that drops mid-body is
 * resumed with an HTTP Range request where the server allows it, so bytes already received
 * are not fetched again; a bad body is discarded whole and fetched again.
 *
 * Real hosts redirect (Hugging Face sends `resolve/main/<file>` to a signed CDN URL): the
 * Range request goes to the final URL, and when that URL has expired (401/403/410) the
 * original one is resolved again. A 429 or 503 holds every lane of the download through
 * `gate` for the delay the host asks (Retry-After) and does not count as a failure.
 */
export async function fetchFile(
  file: PlannedFile,
  opts: FetchOptions,
): Promise<Blob | object> {
  const attempts = opts.attempts ?? 5;
  const backoff = opts.backoffMs ?? 500;
  const gate = opts.gate ?? new HostGate(1);
  const name = file.url.slice(file.url.lastIndexOf("/") + 1);
  const body = new ReceivedBody(
    opts.part,
    file.md5 ? (opts.md5 ?? (await createMD5())) : undefined,
  );
  // A body that arrives whole but damaged is fetched once more from its start; twice
  // damaged, the host is serving a broken file and retrying will not help (issue 20).
  let damaged = 0;
  let rangeOk = false;
  let contentType = "";
  let lastReason = "";
  // Where the bytes really come from, once a redirect has been followed.
  let target = file.url;
  let refusals = 0;
  let expired = 0;
  // True while no attempt has had any answer from the host: it is unreachable, not faulty.
  let neverAnswered = true;

  const discard = () => {
    opts.onBytes(-body.size);
    body.reset();
  };

  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) await sleep(backoff * 2 ** (attempt - 2), opts.signal);
    try {
      await gate.ready(0, opts.signal);
      const resume: boolean = body.size > 0 && rangeOk;
      if (body.size > 0 && !resume) discard();
      const url = resume ? target : file.url;
      const res: Response = await fetch(url, {
        signal: opts.signal,
        headers: resume ? { Range: `bytes=${body.size}-` } : undefined,
        cache: "no-store",
      });
      neverAnswered = false;
      if (res.status === 429 || res.status === 503) {
        void res.body?.cancel();
        lastReason = t("worker.download.busy", { status: String(res.status) });
        if (++refusals > MAX_REFUSALS) break;
        gate.refused(
          HostGate.delayMs(
            res.headers.get("retry-after"),
            backoff * 2 ** Math.min(refusals - 1, 5),
          ),
        );
        attempt--; // the host asked us to wait, it did not fail
        continue;
      }
      if (!res.ok) {
        void res.body?.cancel();
        const signed = url !== file.url || res.redirected;
        if (signed && EXPIRED.has(res.status) && ++expired <= 2) {
          // A signed URL that has expired: ask the original URL where the file is now.
          target = file.url;
          lastReason = t("worker.download.linkExpired", {
            status: String(res.status),
          });
          attempt--;
          continue;
        }
        const status = String(res.status);
        lastReason = (
          res.statusText
            ? t("worker.download.answered", {
                status,
                statusText: res.statusText,
              })
            : t("worker.download.answeredStatus", { status })
        ).trim();
        // A missing file will not appear by retrying.
        if (res.status === 404 || EXPIRED.has(res.status)) break;
        continue;
      }
      expired = 0;
      if (res.redirected) target = res.url;
      // A host that ignores Range sends the whole file again: start over from its start.
      if (resume && res.status !== 206) discard();
      if (!resume || res.status !== 206)
        contentType = res.headers.get("content-type") ?? "";
      rangeOk = res.headers.get("accept-ranges") === "bytes";
      for await (const chunk of chunks(res.body!, opts.signal)) {
        body.push(chunk);
        opts.onBytes(chunk.byteLength);
      }
      // A read cut short by the abort ends the loop like a body that ended.
      opts.signal.throwIfAborted();
      try {
        const value = await verifyBody(file, body, contentType);
        gate.succeeded();
        return value;
      } catch (err) {
        if (!(err instanceof BadFileError)) throw err;
        lastReason = err.reason;
        discard();
        rangeOk = false;
        if (err instanceof ChecksumError && ++damaged >= 2) {
          lastReason = t("worker.download.damagedTwice");
          break;
        }
        continue;
      }
    } catch (err) {
      if (opts.signal.aborted) throw opts.signal.reason;
      lastReason =
        err instanceof Error
          ? t("worker.download.connectionFailed", { reason: err.message })
          : String(err);
    }
  }
  discard();
  throw new DownloadFailedError(
    name,
    lastReason || t("worker.download.failed"),
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
  signal: AbortSignal,
): AsyncGenerator<Uint8Array> {
  let reader:
    ReadableStreamBYOBReader | ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = stream.getReader({ mode: "byob" });
  } catch {
    // Not a byte stream: its own chunks, then.
    reader = stream.getReader();
  }
  // The abort cancels the read itself: a pause must not wait on a read that the fetch's
  // own abort left pending (the lanes settle only once every one has stopped).
  const cancel = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener("abort", cancel, { once: true });
  try {
    if (reader instanceof ReadableStreamDefaultReader)
      for (;;) {
        const { done, value } = await reader.read();
        if (done || signal.aborted) return;
        yield value;
      }
    let scratch = new ArrayBuffer(SCRATCH);
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(scratch));
      if (value) scratch = value.buffer as ArrayBuffer;
      if (done || signal.aborted) return;
      yield value;
    }
  } finally {
    signal.removeEventListener("abort", cancel);
  }
}
