import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  SCRIPTED_SIGNATURES,
  WEB_LLM_SIGNATURES,
  buildFiles,
  chunksLoadedByIndex,
} from "../support/build-files";

// These read the built folders that `npm run test:e2e` makes before Playwright starts.

test("the chunks index.html loads hold no web-llm code; the worker chunk does", () => {
  const initial = chunksLoadedByIndex("dist");
  expect(initial.length).toBeGreaterThan(0);
  for (const file of initial) {
    const text = readFileSync(file, "utf8");
    for (const sig of WEB_LLM_SIGNATURES)
      expect(text, `${file} contains ${sig}`).not.toContain(sig);
  }
  // Positive control: the signatures are real, so their absence above means something.
  const worker = buildFiles("dist").filter((f) =>
    /engine\.worker.*\.js$/.test(f.path),
  );
  expect(worker).toHaveLength(1);
  for (const sig of WEB_LLM_SIGNATURES) expect(worker[0].text).toContain(sig);
});

test("the worker ships web-llm with the IndexedDB getKey patch applied", () => {
  const worker = buildFiles("dist").find((f) =>
    /engine\.worker.*\.js$/.test(f.path),
  )!;
  // Stock web-llm 0.2.86 has no getKey call at all; the patch adds exactly two.
  expect(worker.text.match(/\.getKey\(/g)).toHaveLength(2);
});

test("the production build holds no trace of the scripted engine; the e2e build does", () => {
  for (const file of buildFiles("dist")) {
    for (const sig of SCRIPTED_SIGNATURES)
      expect(file.text, `${file.path} contains ${sig}`).not.toContain(sig);
  }
  const e2e = buildFiles("dist-e2e")
    .map((f) => f.text)
    .join("\n");
  for (const sig of SCRIPTED_SIGNATURES) expect(e2e).toContain(sig);
  // ...and the e2e build has no web-llm in it at all.
  for (const sig of WEB_LLM_SIGNATURES) expect(e2e).not.toContain(sig);
});
