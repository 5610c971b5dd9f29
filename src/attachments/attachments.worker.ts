/// <reference lib="webworker" />
import { ingest } from "./ingest";
import { extractPdfPages } from "./pdf";
import type { AttachReply, AttachRequest } from "./protocol";
import { PassageIndex } from "./retrieval";
import { AttachError } from "./types";

/**
 * The attachments worker: reads files (pdf.js for PDFs), splits them into passages and
 * keeps their BM25 index, so neither parsing nor indexing ever blocks the page. The index
 * lives as long as the worker; after a reload the page sends stored passages again.
 */
const index = new PassageIndex();
const post = (reply: AttachReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<AttachRequest>) => {
  const request = event.data;
  try {
    if (request.type === "ingest") {
      const started = performance.now();
      let extractMs = 0;
      const doc = await ingest(
        request.file,
        request.id,
        async (bytes, name) => {
          const t = performance.now();
          const pages = await extractPdfPages(bytes, name);
          extractMs = performance.now() - t;
          return pages;
        },
      );
      index.add(doc.id, doc.passages);
      const timings = { extractMs, totalMs: performance.now() - started };
      post({ type: "ingested", requestId: request.requestId, doc, timings });
    } else {
      const missing: string[] = [];
      for (const a of request.attachments) {
        if (index.has(a.id)) continue;
        if (a.passages) index.add(a.id, a.passages);
        else missing.push(a.id);
      }
      const ids = request.attachments.map((a) => a.id);
      const hits = index.rank(request.query, ids, request.limit);
      post({ type: "ranked", requestId: request.requestId, hits, missing });
    }
  } catch (e) {
    // The code and its values only: the page writes the words, in its own language.
    const error =
      e instanceof AttachError
        ? e
        : new AttachError("failed", { detail: String(e) });
    post({
      type: "failed",
      requestId: request.requestId,
      code: error.code,
      values: error.values,
    });
  }
};
