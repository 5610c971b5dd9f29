import type { Hit } from "./retrieval";
import type {
  AttachErrorCode,
  AttachErrorValues,
  Attachment,
  Passage,
} from "./types";

/** An attachment as the worker returns it: the conversation and time are the page's. */
export type Extracted = Omit<Attachment, "conversationId" | "addedAt">;

/** Main thread → attachments worker. */
export type AttachRequest =
  | { type: "ingest"; requestId: string; id: string; file: File }
  | {
      type: "rank";
      requestId: string;
      query: string;
      /** Passages travel only for attachments the worker has not indexed yet. */
      attachments: Array<{ id: string; passages?: Passage[] }>;
      limit: number;
    };

/** Attachments worker → main thread. */
export type AttachReply =
  | {
      type: "ingested";
      requestId: string;
      doc: Extracted;
      /** Milliseconds in the worker: reading the file's text alone, and everything. */
      timings: { extractMs: number; totalMs: number };
    }
  | { type: "ranked"; requestId: string; hits: Hit[]; missing: string[] }
  | {
      type: "failed";
      requestId: string;
      code: AttachErrorCode;
      /** What the page's message is made of: the worker writes no words. */
      values: AttachErrorValues;
    };
