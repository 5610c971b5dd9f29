import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
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

test("the worker ships web-llm with Hearth's IndexedDB cache subclass patched in", () => {
  const worker = buildFiles("dist").find((f) =>
    /engine\.worker.*\.js$/.test(f.path),
  )!;
  const countCalls = (text: string) => text.match(/\.count\(/g)?.length ?? 0;
  // Stock web-llm 0.2.86 never calls count(); Hearth's worker code does, in the download
  // manager and in the subclass. Were the subclass not patched in, it would not be bundled
  // and the worker would hold fewer.
  const stock = buildFiles("node_modules/@mlc-ai/web-llm/lib").find((f) =>
    f.path.endsWith("index.js"),
  )!;
  expect(countCalls(stock.text)).toBe(0);
  const subclass = buildFiles("src/worker").find((f) =>
    f.path.endsWith("webllm-idb-cache.ts"),
  )!;
  expect(countCalls(subclass.text)).toBeGreaterThan(0);
  const ours = buildFiles("src/worker")
    .filter((f) => f.path.endsWith(".ts"))
    .reduce((n, f) => n + countCalls(f.text), 0);
  expect(countCalls(worker.text)).toBe(ours);
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

test("the page's own JavaScript stays under 60 KB gzipped; markdown, highlight.js and KaTeX load later", () => {
  const initial = chunksLoadedByIndex("dist");
  const gzipped = initial.reduce(
    (n, file) => n + gzipSync(readFileSync(file)).length,
    0,
  );
  expect(gzipped).toBeLessThan(60 * 1024);
  const lazy: Record<string, string> = {
    DOMPurify: "the sanitiser",
    "marked(): input": "marked",
    "Could not find the language": "highlight.js",
    "KaTeX parse error": "KaTeX",
  };
  const all = buildFiles("dist");
  for (const [sig, what] of Object.entries(lazy)) {
    for (const file of initial)
      expect(readFileSync(file, "utf8"), `${file} holds ${what}`).not.toContain(
        sig,
      );
    // Positive control: the library is in the build, in a chunk of its own.
    expect(
      all.some((f) => f.path.endsWith(".js") && f.text.includes(sig)),
      what,
    ).toBe(true);
  }
  // The benchmark's page is a build of its own and never part of the app.
  for (const f of all) expect(f.text, f.path).not.toContain("__markdown-bench");
});
