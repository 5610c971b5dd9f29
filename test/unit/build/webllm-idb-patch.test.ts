import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  PATCH_MARKER,
  SUBCLASS_MODULE,
  patchWebLlmSource,
} from "../../../build/webllm-idb-patch";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("@mlc-ai/web-llm"), "utf8");

/** The source with one edit inside web-llm's ArtifactIndexedDBCache class. */
function editIdbClass(from: string, to: string): string {
  const start = source.indexOf("class ArtifactIndexedDBCache {");
  const end = source.indexOf("class ArtifactOPFSCache", start);
  const body = source.slice(start, end);
  expect(body).toContain(from);
  return source.slice(0, start) + body.replace(from, to) + source.slice(end);
}

describe("the web-llm IndexedDB patch", () => {
  it("applies to the installed web-llm: its cache factory builds Hearth's subclass", () => {
    const patched = patchWebLlmSource(source);
    // If web-llm changes this code, this test (and the build) fail instead of the patch
    // quietly doing nothing.
    expect(patched).toContain(PATCH_MARKER);
    expect(
      patched.startsWith(
        `import { fastIdbCache as __hearthFastIdbCache } from ${JSON.stringify(SUBCLASS_MODULE)};\n`,
      ),
    ).toBe(true);
    const factory = patched.slice(
      patched.indexOf("function createArtifactCache(scope"),
      patched.indexOf("function hasTensorInCache("),
    );
    expect(factory).toContain(
      "return new (__hearthFastIdbCache(ArtifactIndexedDBCache))(scope);",
    );
    expect(factory).not.toContain("return new ArtifactIndexedDBCache(scope);");
  });

  it("changes nothing but the one line and the import", () => {
    const patched = patchWebLlmSource(source).split("\n").slice(1);
    const original = source.split("\n");
    expect(patched).toHaveLength(original.length);
    const changed = original.filter((line, i) => line !== patched[i]);
    expect(changed).toEqual([
      expect.stringContaining("return new ArtifactIndexedDBCache(scope);"),
    ]);
  });

  it("refuses, loudly, code it does not recognise", () => {
    expect(() => patchWebLlmSource("const x = 1;")).toThrow(/not found/);
    expect(() =>
      patchWebLlmSource(
        editIdbClass("deleteInCache(url) {", "removeFromCache(url) {"),
      ),
    ).toThrow(/deleteInCache/);
    expect(() =>
      patchWebLlmSource(
        source.replace(
          "return new ArtifactIndexedDBCache(scope);",
          "return new ArtifactIndexedDBCache(scope, options);",
        ),
      ),
    ).toThrow(/createArtifactCache/);
  });
});
