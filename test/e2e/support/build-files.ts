import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file of a build folder, with its text. */
export function buildFiles(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else out.push({ path: p, text: readFileSync(p, "latin1") });
    }
  };
  walk(dir);
  return out;
}

/**
 * The JavaScript that index.html loads before any worker starts: its module scripts and
 * modulepreloads, plus everything they import statically, followed transitively.
 */
export function chunksLoadedByIndex(dir: string): string[] {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const queue = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const text = readFileSync(join(dir, file), "utf8");
    const folder = file.includes("/")
      ? file.slice(0, file.lastIndexOf("/") + 1)
      : "";
    // Static imports only: `import ... from "./x.js"` and `import "./x.js"`, minified or not.
    for (const m of text.matchAll(
      /(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g,
    )) {
      queue.push(folder + m[1]);
    }
  }
  return [...seen].map((f) => join(dir, f));
}

/** Strings that exist only in web-llm's runtime code (progress texts and TVM's runtime). */
export const WEB_LLM_SIGNATURES = [
  "Fetching param cache[",
  "Loading GPU shader modules[",
  "tvmjs",
];

/** Strings that exist only in the scripted test engine. */
export const SCRIPTED_SIGNATURES = [
  "Scripted test engine",
  "Making a good cup of tea",
];
