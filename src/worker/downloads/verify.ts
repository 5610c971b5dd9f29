import { t } from "../../i18n/locale";
import type { PlannedFile } from "./layout";

/** A body that must never be stored: which file, and what was wrong, in plain words. */
export class BadFileError extends Error {
  constructor(
    readonly file: string,
    /** What was wrong, without the file's name. */
    readonly reason: string,
  ) {
    super(t("worker.download.fileProblem", { file, reason }));
    this.name = "BadFileError";
  }
}

/** Every byte arrived, but not the bytes tensor-cache.json's `md5sum` names: damaged. */
export class ChecksumError extends BadFileError {
  constructor(name: string) {
    super(name, t("worker.verify.damaged"));
    this.name = "ChecksumError";
  }
}

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const MARKUP = /^\s*(<!doctype|<html|<\?xml|<head|<body)/i;

function base64(buf: ArrayBuffer): string {
  let s = "";
  for (const b of new Uint8Array(buf)) s += String.fromCharCode(b);
  return btoa(s);
}

async function checkSri(bytes: ArrayBuffer, sri: string): Promise<boolean> {
  // An SRI string may list several hashes; any one matching is enough (W3C SRI).
  for (const token of sri.trim().split(/\s+/)) {
    const m = /^(sha256|sha384|sha512)-([A-Za-z0-9+/=]+)$/.exec(token);
    if (!m) continue;
    const algo = { sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512" }[
      m[1]
    ]!;
    if (base64(await crypto.subtle.digest(algo, bytes)) === m[2]) return true;
  }
  return false;
}

/** What verification needs of a body as received (received-body.ts). */
export interface Received {
  readonly size: number;
  /** Its first bytes (up to 64). */
  first(): Uint8Array;
  blob(): Blob;
  /** Hex MD5 of every byte received, when it was hashed as it arrived. */
  digest(): string | undefined;
}

/**
 * Checks a downloaded body against what the file must be; throws BadFileError otherwise.
 * Returns the value to store: the bytes as a Blob, or the parsed object for
 * tensor-cache.json (web-llm stores that one parsed). The whole body is read back only
 * for a hash or JSON to check.
 */
export async function verifyBody(
  file: PlannedFile,
  body: Received,
  contentType: string,
): Promise<Blob | object> {
  const name = file.url.slice(file.url.lastIndexOf("/") + 1);
  const first = body.first();
  if (
    /^text\/html/i.test(contentType) ||
    MARKUP.test(new TextDecoder().decode(first))
  ) {
    throw new BadFileError(name, t("worker.verify.webPage"));
  }
  if (file.bytes !== undefined && body.size !== file.bytes) {
    throw new BadFileError(
      name,
      t("worker.verify.size", {
        expected: String(file.bytes),
        received: String(body.size),
      }),
    );
  }
  if (file.kind === "shard" && /json/i.test(contentType)) {
    throw new BadFileError(name, t("worker.verify.json"));
  }
  if (file.kind === "wasm" && !WASM_MAGIC.every((b, i) => first[i] === b)) {
    throw new BadFileError(name, t("worker.verify.notWasm"));
  }
  if (file.md5 && body.digest() !== file.md5) throw new ChecksumError(name);
  const blob = body.blob();
  if (file.sri) {
    const bytes = await blob.arrayBuffer();
    if (!(await checkSri(bytes, file.sri))) {
      throw new BadFileError(name, t("worker.verify.integrity"));
    }
  }
  if (
    file.kind === "config" ||
    file.kind === "tokenizer" ||
    file.kind === "tensor-cache"
  ) {
    let parsed: unknown;
    try {
      parsed = file.url.endsWith(".json") ? JSON.parse(await blob.text()) : {};
    } catch {
      throw new BadFileError(name, t("worker.verify.invalidJson"));
    }
    if (typeof parsed !== "object" || parsed === null)
      throw new BadFileError(name, t("worker.verify.notObject"));
    if (file.kind === "tensor-cache") {
      if (!Array.isArray((parsed as { records?: unknown }).records)) {
        throw new BadFileError(name, t("worker.verify.noShards"));
      }
      return parsed as object;
    }
  }
  return blob;
}
