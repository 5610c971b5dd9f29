import MiniSearch from "minisearch";
import type { Passage } from "./types";

export interface Hit {
  attachmentId: string;
  passageId: string;
  score: number;
}

interface Doc {
  key: string;
  attachmentId: string;
  passageId: string;
  text: string;
}

/**
 * BM25 over every indexed passage (MiniSearch's scoring): a passage that holds a query's
 * rare terms outranks one that only repeats its common words. Exact terms only: prefix and
 * fuzzy matches would let "page" match "pages" in every passage of a PDF.
 */
export class PassageIndex {
  private readonly search = new MiniSearch<Doc>({
    idField: "key",
    fields: ["text"],
    storeFields: ["attachmentId", "passageId"],
  });
  private readonly indexed = new Set<string>();

  has(attachmentId: string): boolean {
    return this.indexed.has(attachmentId);
  }

  add(attachmentId: string, passages: readonly Passage[]): void {
    if (this.indexed.has(attachmentId)) return;
    this.search.addAll(
      passages.map((p) => ({
        key: `${attachmentId}/${p.id}`,
        attachmentId,
        passageId: p.id,
        text: p.text,
      })),
    );
    this.indexed.add(attachmentId);
  }

  /** Best passages first, from the given attachments only. */
  rank(query: string, attachmentIds: readonly string[], limit = 50): Hit[] {
    const wanted = new Set(attachmentIds);
    return this.search
      .search(query, {
        combineWith: "OR",
        filter: (r) => wanted.has(r.attachmentId as string),
      })
      .slice(0, limit)
      .map((r) => ({
        attachmentId: r.attachmentId as string,
        passageId: r.passageId as string,
        score: r.score,
      }));
  }
}
