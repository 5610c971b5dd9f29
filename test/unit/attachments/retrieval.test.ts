import { describe, expect, it } from "vitest";
import { PassageIndex } from "../../../src/attachments/retrieval";
import { splitPages } from "../../../src/attachments/split";

// Every page talks about the same common things; one page holds the rare words.
const pages = Array.from({ length: 60 }, (_, i) =>
  i === 41
    ? "The report covers the pumps. The spare key to the north gate is under the blue ceramic owl."
    : `The report covers the pumps and the valves of hall ${i}. The pumps were checked and the report was filed.`,
);

describe("retrieval", () => {
  it("ranks the passage with the query's rare terms first", () => {
    const index = new PassageIndex();
    const passages = splitPages(pages);
    index.add("doc", passages);
    const hits = index.rank(
      "Where does the report say the spare key to the gate is?",
      ["doc"],
    );
    const first = passages.find((p) => p.id === hits[0].passageId)!;
    expect(first.page).toBe(42);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it("searches only the attachments asked about", () => {
    const index = new PassageIndex();
    index.add("a", splitPages(["alpha owl"]));
    index.add("b", splitPages(["beta owl"]));
    expect(index.rank("owl", ["b"]).map((h) => h.attachmentId)).toEqual(["b"]);
    expect(index.has("a")).toBe(true);
    expect(index.has("c")).toBe(false);
  });
});
