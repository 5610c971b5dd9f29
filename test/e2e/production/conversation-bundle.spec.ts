import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { buildFiles, chunksLoadedByIndex } from "../support/build-files";

// Strings that exist only in the import validator and the exporters; "strict_object"
// is valibot's own, the schema library the validator is built on.
const TRANSFER_SIGNATURES = [
  "contains the forbidden key",
  "failed before finishing",
  "strict_object",
];
const BUDGET_GZIP_BYTES = 60 * 1024;

test("export and import code loads only when used, and start-up JavaScript stays within 60 KB gzipped", () => {
  const initial = chunksLoadedByIndex("dist");
  let gzipped = 0;
  for (const file of initial) {
    const text = readFileSync(file, "utf8");
    gzipped += gzipSync(text).length;
    for (const sig of TRANSFER_SIGNATURES)
      expect(text, `${file} contains ${sig}`).not.toContain(sig);
  }
  expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  // Positive control: the signatures are in the build, in chunks loaded later.
  const all = buildFiles("dist")
    .map((f) => f.text)
    .join("\n");
  for (const sig of TRANSFER_SIGNATURES) expect(all).toContain(sig);
});
