import type { Extracted, AttachReply, AttachRequest } from "./protocol";
import type { Hit } from "./retrieval";
import { AttachError, type Attachment } from "./types";

type Pending = {
  resolve: (reply: AttachReply) => void;
  reject: (e: Error) => void;
};

/**
 * The page's side of the attachments worker. The worker (with pdf.js and MiniSearch) is
 * started on the first file attached or the first question about stored attachments, so
 * neither weighs on start-up.
 */
export class AttachmentsWorkerClient {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<string, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(
      new URL("./attachments.worker.ts", import.meta.url),
      { type: "module", name: "hearth-attachments" },
    );
    worker.onmessage = (e: MessageEvent<AttachReply>) => {
      const p = this.pending.get(e.data.requestId);
      this.pending.delete(e.data.requestId);
      p?.resolve(e.data);
    };
    worker.onerror = () => {
      // A crashed worker (out of memory on a huge PDF) fails what it had; the next
      // request starts a new one.
      for (const p of this.pending.values())
        p.reject(new AttachError("failed"));
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  private request(
    make: (requestId: string) => AttachRequest,
  ): Promise<AttachReply> {
    const requestId = `a${++this.next}`;
    const worker = this.start();
    return new Promise<AttachReply>((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      worker.postMessage(make(requestId));
    }).then((reply) => {
      if (reply.type === "failed")
        throw new AttachError(reply.code, reply.values);
      return reply;
    });
  }

  async ingest(file: File, id: string): Promise<Extracted> {
    const reply = await this.request((requestId) => ({
      type: "ingest",
      requestId,
      id,
      file,
    }));
    const { doc, timings } = reply as Extract<
      AttachReply,
      { type: "ingested" }
    >;
    // For benchmarks and devtools: how long reading took, and the text extraction in it.
    performance.mark("hearth:attach", {
      detail: { name: file.name, ...timings },
    });
    return doc;
  }

  /** Ranks passages of `attachments`; sends their passages only if the worker lacks them. */
  async rank(
    query: string,
    attachments: readonly Attachment[],
    limit = 60,
  ): Promise<Hit[]> {
    const ask = (withPassages: Set<string>) =>
      this.request((requestId) => ({
        type: "rank",
        requestId,
        query,
        limit,
        attachments: attachments.map((a) => ({
          id: a.id,
          passages: withPassages.has(a.id) ? a.passages : undefined,
        })),
      })) as Promise<Extract<AttachReply, { type: "ranked" }>>;
    const first = await ask(new Set());
    if (first.missing.length === 0) return first.hits;
    return (await ask(new Set(first.missing))).hits;
  }
}
