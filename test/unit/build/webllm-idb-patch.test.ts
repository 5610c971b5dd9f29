import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  PATCH_MARKER,
  patchWebLlmSource,
} from "../../../build/webllm-idb-patch";

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve("@mlc-ai/web-llm"), "utf8");

function idbClass(code: string): string {
  const start = code.indexOf("class ArtifactIndexedDBCache {");
  return code.slice(start, code.indexOf("class ArtifactOPFSCache", start));
}

describe("the web-llm IndexedDB patch", () => {
  it("applies to the installed web-llm: both existence checks use getKey, value reads stay", () => {
    const before = idbClass(source);
    const after = idbClass(patchWebLlmSource(source));
    // If web-llm changes this code, this test (and the build) fail instead of the patch
    // quietly doing nothing.
    expect(before.match(/store\.get\(/g)).toHaveLength(2);
    expect(before.match(/getKey\(/g)).toBeNull();
    expect(after.match(/store\.getKey\(/g)).toHaveLength(2);
    expect(after.match(/store\.get\(/g)).toBeNull();
    expect(after).toMatch(
      /asyncGetHelper\(url\) \{[\s\S]*objectStore\.get\(url\)/,
    );
    expect(patchWebLlmSource(source)).toContain(PATCH_MARKER);
  });

  it("changes nothing outside ArtifactIndexedDBCache", () => {
    const patched = patchWebLlmSource(source);
    const start = source.indexOf("class ArtifactIndexedDBCache {");
    expect(patched.slice(0, start)).toBe(source.slice(0, start));
    const tail = source.slice(source.indexOf("class ArtifactOPFSCache"));
    expect(patched.endsWith(tail)).toBe(true);
  });

  it("refuses, loudly, code it does not recognise", () => {
    expect(() => patchWebLlmSource("const x = 1;")).toThrow(/not found/);
    const changed = source.replace(
      /isUrlInDB\(url\) \{/,
      "isUrlInDatabase(url) {",
    );
    expect(() => patchWebLlmSource(changed)).toThrow(/isUrlInDB/);
  });
});
