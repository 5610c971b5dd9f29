import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/attachments/extract-text";
import { ingest } from "../../../src/attachments/ingest";
import type { AttachError } from "../../../src/attachments/types";
import { MAX_FILE_BYTES } from "../../../src/attachments/types";

const noPdf = () => Promise.reject(new Error("no PDF expected"));
const file = (parts: BlobPart[], name: string, type = "") =>
  new File(parts, name, { type });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e as AttachError).code,
  );

describe("reading a file", () => {
  it("reads text with lines, passages and a SHA-256", async () => {
    const doc = await ingest(
      file(["a\nb\nc"], "notes.md", "text/markdown"),
      "id1",
      noPdf,
    );
    expect(doc).toMatchObject({
      id: "id1",
      kind: "text",
      lines: 3,
      text: "a\nb\nc",
    });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.passages[0]).toMatchObject({ lineStart: 1, lineEnd: 3 });
  });

  it("reads HTML as text, never as markup", () => {
    const text = htmlToText(
      "<html><head><style>p{}</style><script>alert(1)</script></head><body><p>Fish &amp; chips</p><img src=x onerror=y><p>&#x263A; ok</p></body></html>",
    );
    expect(text).toBe("Fish & chips\n☺ ok");
  });

  it("refuses what it cannot read, saying why", async () => {
    expect(
      await failure(ingest(file(["x"], "photo.png", "image/png"), "i", noPdf)),
    ).toBe("unsupported");
    expect(
      await failure(
        ingest(file([new Uint8Array([1, 0, 2, 0])], "a.txt"), "i", noPdf),
      ),
    ).toBe("binary");
    expect(
      await failure(ingest(file(["  \n "], "empty.txt"), "i", noPdf)),
    ).toBe("empty");
    const big = {
      name: "big.txt",
      size: MAX_FILE_BYTES + 1,
      type: "text/plain",
    } as File;
    expect(await failure(ingest(big, "i", noPdf))).toBe("too-large");
  });

  it("hands PDFs, by name or by their magic bytes, to the PDF reader", async () => {
    const readPdf = async () => ["page one", "", "page three"];
    const doc = await ingest(file(["%PDF-1.4"], "README", ""), "p", readPdf);
    expect(doc).toMatchObject({ kind: "pdf", pages: 3 });
    expect(doc.passages.map((p) => p.page)).toEqual([1, 3]);
  });
});
