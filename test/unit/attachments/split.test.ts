import { describe, expect, it } from "vitest";
import {
  PASSAGE_CHARS,
  passagePlace,
  splitLines,
  splitPages,
} from "../../../src/attachments/split";

const sentence = (page: number, i: number) =>
  `Page ${page} sentence ${i} says something about valves and pumps. `;

describe("splitting", () => {
  it("keeps each passage's page, never spans two pages, and loses no text", () => {
    const pages = Array.from({ length: 12 }, (_, p) =>
      Array.from({ length: 30 }, (_, i) => sentence(p + 1, i)).join(""),
    );
    const passages = splitPages(pages);
    expect(passages.length).toBeGreaterThan(12);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(PASSAGE_CHARS);
      // Every sentence in the passage names the page the passage claims.
      for (const m of p.text.matchAll(/Page (\d+) sentence/g))
        expect(Number(m[1])).toBe(p.page);
    }
    for (let n = 1; n <= 12; n++) {
      const joined = passages
        .filter((p) => p.page === n)
        .map((p) => p.text)
        .join(" ");
      expect(joined.replace(/\s+/g, " ")).toBe(
        pages[n - 1].trim().replace(/\s+/g, " "),
      );
    }
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
  });

  it("gives text files whole lines with their 1-based line numbers", () => {
    const lines = Array.from(
      { length: 200 },
      (_, i) => `line ${i + 1}: ${"x".repeat(30)}`,
    );
    const passages = splitLines(lines.join("\n"));
    expect(passages[0].lineStart).toBe(1);
    expect(passages.at(-1)!.lineEnd).toBe(200);
    for (const p of passages) {
      expect(p.text.split("\n")).toEqual(
        lines.slice(p.lineStart! - 1, p.lineEnd),
      );
    }
    // Consecutive and without gaps.
    for (let i = 1; i < passages.length; i++)
      expect(passages[i].lineStart).toBe(passages[i - 1].lineEnd! + 1);
  });

  it("cuts one very long line into pieces that all carry its number", () => {
    const long = "word ".repeat(1000);
    const passages = splitLines(`first\n${long}\nlast`);
    const middle = passages.filter((p) => p.lineStart === 2);
    expect(middle.length).toBeGreaterThan(3);
    for (const p of middle) expect(p.lineEnd).toBe(2);
    expect(passages.at(-1)).toMatchObject({ text: "last", lineStart: 3 });
  });

  it("names a passage's place", () => {
    expect(passagePlace({ id: "a", text: "", page: 31 })).toBe("page 31");
    expect(passagePlace({ id: "a", text: "", lineStart: 4, lineEnd: 9 })).toBe(
      "lines 4–9",
    );
    expect(passagePlace({ id: "a", text: "", lineStart: 4, lineEnd: 4 })).toBe(
      "line 4",
    );
  });
});
