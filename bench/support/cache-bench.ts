import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBare, type BareTab } from "./bare-chromium";

/**
 * Driving the cache page (bench/cache-page) from a bench: each op runs in the page's
 * worker and reports its own time. Pages run in on-disk browser profiles, as people's
 * browsers do (a Playwright context is incognito, where IndexedDB and the Cache API live
 * in memory and compare differently), in a Chromium with no DevTools domain listening
 * (bare-chromium.ts).
 */
export const MB = 1024 * 1024;

export interface OpResult {
  ms: number;
  digest: string[];
}

export async function run(tab: BareTab, o: object): Promise<OpResult> {
  const r = await tab.evaluate<Partial<OpResult> & { error?: string }>(
    `bench(${JSON.stringify(o)})`,
  );
  if (r.error !== undefined || r.ms === undefined)
    throw new Error(r.error ?? "no result");
  return { ms: r.ms, digest: r.digest ?? [] };
}
export const op = async (tab: BareTab, o: object) => (await run(tab, o)).ms;

export function shardUrls(origin: string, id: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${origin}/models/${id}/resolve/main/params_shard_${i}.bin`,
  );
}

export interface Profile {
  /** Opens the cache page at `path` of `origin` in a new tab of this profile. */
  tab(origin: string, path: string): Promise<BareTab>;
  close(): Promise<void>;
}

/** A fresh on-disk browser profile; `close()` deletes it. */
export async function profile(): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-profile-"));
  const browser = await launchBare(dir);
  return {
    tab: async (origin, path) => {
      const tab = await browser.tab(origin + path);
      const deadline = Date.now() + 30_000;
      while (
        !(await tab.evaluate<boolean>(`"bench" in window`).catch(() => false))
      ) {
        if (Date.now() > deadline) throw new Error(`${path} did not start`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return tab;
    },
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
