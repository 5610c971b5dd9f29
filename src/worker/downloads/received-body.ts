import type { IHasher } from "hash-wasm";

/** Bytes of one part: big enough that Chromium's per-Blob cost is small, small per lane. */
export const PART_BYTES = 4 << 20;
const HEAD_BYTES = 64;

/**
 * A body's bytes as they arrive, sealed into `Blob` parts of PART_BYTES as each fills: the
 * bytes move into Chromium's blob storage while the rest is still arriving, and the file
 * stored is `new Blob(parts)` (no copy). Holding a whole shard in one buffer and making its
 * Blob once received (to store it) cost the download worker a 16–32 MB copy per shard on
 * the lane's critical path, and N shard-sized buffers. Bytes received survive a dropped
 * connection, for the Range request that resumes.
 */
export class ReceivedBody {
  private parts: Blob[] = [];
  private fill = 0;
  private sealedBytes = 0;
  private readonly head = new Uint8Array(HEAD_BYTES);

  /**
   * `part`: the lane's buffer, reused from file to file (its bytes are copied out).
   * `md5`: when given, every byte is hashed as it arrives, so the check costs no second
   * read; a Range resume continues the same hash, a discard starts it again.
   */
  constructor(
    private readonly part = new Uint8Array(PART_BYTES),
    private readonly md5?: IHasher,
  ) {
    md5?.init();
  }

  /** Lowercase hex MD5 of every byte received (only with a hasher). */
  digest(): string | undefined {
    return this.md5?.digest("hex");
  }

  get size(): number {
    return this.sealedBytes + this.fill;
  }

  /** The first bytes (up to 64): what a web page or a library's magic number shows. */
  first(): Uint8Array {
    return this.head.subarray(0, Math.min(this.size, HEAD_BYTES));
  }

  push(chunk: Uint8Array): void {
    this.md5?.update(chunk);
    if (this.size < HEAD_BYTES)
      this.head.set(chunk.subarray(0, HEAD_BYTES - this.size), this.size);
    for (let offset = 0; offset < chunk.byteLength;) {
      const n = Math.min(
        this.part.byteLength - this.fill,
        chunk.byteLength - offset,
      );
      this.part.set(chunk.subarray(offset, offset + n), this.fill);
      this.fill += n;
      offset += n;
      if (this.fill === this.part.byteLength) this.seal();
    }
  }

  reset(): void {
    this.md5?.init();
    this.parts = [];
    this.fill = 0;
    this.sealedBytes = 0;
  }

  /** Every byte received, as one Blob. */
  blob(): Blob {
    this.seal();
    return new Blob(this.parts);
  }

  private seal(): void {
    if (this.fill === 0) return;
    this.parts.push(new Blob([this.part.subarray(0, this.fill)]));
    this.sealedBytes += this.fill;
    this.fill = 0;
  }
}
