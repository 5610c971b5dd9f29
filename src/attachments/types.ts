import { attachErrorText } from "./messages";

/** One passage of a document: what retrieval ranks and what the model is sent. */
export interface Passage {
  id: string;
  text: string;
  /** 1-based page of a PDF. */
  page?: number;
  /** 1-based first and last line of a text file. */
  lineStart?: number;
  lineEnd?: number;
}

export type AttachmentKind = "pdf" | "text";

/** A file attached to a conversation, as stored: its text, never its bytes. */
export interface Attachment {
  id: string;
  conversationId: string;
  name: string;
  kind: AttachmentKind;
  /** The file's MIME type as the browser reported it ("" when it did not). */
  mime: string;
  /** Bytes of the original file. */
  size: number;
  /** SHA-256 of the original file, hex. */
  sha256: string;
  /** Pages of a PDF, or lines of a text file. */
  pages?: number;
  lines?: number;
  text: string;
  passages: Passage[];
  /**
   * Estimated tokens of the whole document as the model would read it (its name line
   * included), counted by the worker so the page never re-reads the text to plan a turn.
   * Absent on attachments stored before it existed and on imports (counted again there).
   */
  tokens?: number;
  addedAt: number;
}

/** What a reply was given from the documents, shown under it ("Used 3 passages…"). */
export interface SourceUse {
  attachmentId: string;
  name: string;
  /** True when the whole document was sent. */
  whole: boolean;
  passages: Passage[];
}

/** Why a file was refused; the page turns each into plain words (messages.ts). */
export type AttachErrorCode =
  | "too-large"
  | "unsupported"
  | "scanned-pdf"
  | "password-pdf"
  | "corrupt-pdf"
  | "binary"
  | "empty"
  | "failed";

/**
 * What a refusal's words are made of. The attachments worker has no catalog of the page's
 * language, so it sends the code and these, and the page writes the sentence.
 */
export interface AttachErrorValues {
  /** The file's name. */
  name?: string;
  /** The file's size, and the largest Hearth reads, in bytes ("too-large"). */
  size?: number;
  max?: number;
  /** What went wrong, as the error said it ("failed"; none when the reader crashed). */
  detail?: string;
}

export class AttachError extends Error {
  constructor(
    readonly code: AttachErrorCode,
    readonly values: AttachErrorValues = {},
  ) {
    super(attachErrorText(code, values));
    this.name = "AttachError";
  }
}

/** Largest file Hearth reads, in bytes: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
