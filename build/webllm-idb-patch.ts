import type { Plugin } from "vite";

/**
 * web-llm 0.2.86's IndexedDB cache checks "is this URL cached?" with `store.get()`, which
 * reads the whole value: every cached shard is read three times on load, and
 * `hasModelInCache` reads every shard (REFERENCE.md, "Cache backends"). This swaps those
 * two existence checks for `store.getKey()`, which reads no value. Nothing else changes.
 *
 * The patch is applied to the bundle at build time and fails the build if web-llm's code
 * no longer has the exact shape it expects, so it cannot silently stop applying.
 */
const CLASS_START = "class ArtifactIndexedDBCache {";
const CLASS_END = "class ArtifactOPFSCache";

const EDITS: Array<{ name: string; from: RegExp; to: string }> = [
  {
    name: "isUrlInDB",
    from: /(isUrlInDB\(url\) \{[\s\S]{0,600}?const request = store\.)get(\(url\);)/,
    to: "$1getKey$2",
  },
  {
    name: "hasAllKeys",
    from: /(hasAllKeys\(keys\) \{[\s\S]{0,900}?const request = store\.)get(\(key\);)/,
    to: "$1getKey$2",
  },
];

export const PATCH_MARKER = "/* hearth: idb getKey existence checks */";

export function patchWebLlmSource(source: string): string {
  const start = source.indexOf(CLASS_START);
  const end = source.indexOf(CLASS_END, start);
  if (start < 0 || end < 0) {
    throw new Error(
      "web-llm IndexedDB patch: ArtifactIndexedDBCache not found; re-check the patch against this web-llm version",
    );
  }
  let body = source.slice(start, end);
  for (const edit of EDITS) {
    const matches = body.match(new RegExp(edit.from.source, "g")) ?? [];
    if (matches.length !== 1) {
      throw new Error(
        `web-llm IndexedDB patch: expected one ${edit.name} existence check, found ${matches.length}`,
      );
    }
    body = body.replace(edit.from, edit.to);
  }
  return source.slice(0, start) + PATCH_MARKER + body + source.slice(end);
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
