import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/**
 * Makes web-llm 0.2.86's `createArtifactCache` build Hearth's faster subclass of its
 * IndexedDB cache (`src/worker/webllm-idb-cache.ts`, which says why) instead of the stock
 * class. One line of web-llm changes, plus one import; the subclass holds the logic.
 *
 * Applied to the worker bundle at build time. It fails the build if web-llm's code no
 * longer has the exact shape the subclass relies on, so it cannot silently stop applying.
 */
// The whole function, from its line to the closing brace at the same indentation.
const FACTORY =
  /^([ \t]*)function createArtifactCache\(scope, options = \{\}\) \{\n[\s\S]*?\n\1\}\n/m;
const CONSTRUCT = "return new ArtifactIndexedDBCache(scope);";
const CLASS_START = "class ArtifactIndexedDBCache {";
const CLASS_END = "class ArtifactOPFSCache";
/** What the subclass calls or overrides; each must be in web-llm's class as written. */
const RELIED_ON = [
  "initDB() {",
  "isUrlInDB(url) {",
  "hasAllKeys(keys) {",
  "fetchWithCache(url, storetype, signal) {",
  "deleteInCache(url) {",
  "this.db = event.target.result;",
  "createObjectStore('urls', { keyPath: 'url' })",
];

export const PATCH_MARKER = "/* hearth: fast IndexedDB reads */";
export const SUBCLASS_MODULE = fileURLToPath(
  new URL("../src/worker/webllm-idb-cache.ts", import.meta.url),
);

function fail(what: string): never {
  throw new Error(
    `web-llm IndexedDB patch: ${what}; re-check build/webllm-idb-patch.ts against this web-llm version`,
  );
}

export function patchWebLlmSource(source: string): string {
  const start = source.indexOf(CLASS_START);
  const end = source.indexOf(CLASS_END, start);
  if (start < 0 || end < 0) fail("ArtifactIndexedDBCache not found");
  const body = source.slice(start, end);
  for (const s of RELIED_ON)
    if (!body.includes(s)) fail(`ArtifactIndexedDBCache no longer has ${s}`);

  const factories = source.match(new RegExp(FACTORY.source, "gm")) ?? [];
  if (factories.length !== 1)
    fail(`expected one createArtifactCache, found ${factories.length}`);
  const factory = factories[0];
  if (factory.split(CONSTRUCT).length !== 2)
    fail(
      "createArtifactCache no longer builds ArtifactIndexedDBCache as expected",
    );
  const patched = factory.replace(
    CONSTRUCT,
    `${PATCH_MARKER} return new (__hearthFastIdbCache(ArtifactIndexedDBCache))(scope);`,
  );
  return (
    `import { fastIdbCache as __hearthFastIdbCache } from ${JSON.stringify(SUBCLASS_MODULE)};\n` +
    source.replace(factory, patched)
  );
}

export function webLlmIdbPatch(): Plugin {
  return {
    name: "hearth-webllm-idb-patch",
    enforce: "pre",
    transform(code, id) {
      if (!/@mlc-ai[\\/]web-llm[\\/]lib[\\/]index\.js$/.test(id))
        return undefined;
      return { code: patchWebLlmSource(code), map: null };
    },
  };
}
