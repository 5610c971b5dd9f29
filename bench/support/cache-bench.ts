import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../test/e2e/support/chromium";

/**
 * Driving the cache page (bench/cache-page) from a bench: each op runs in the page's
 * worker and reports its own time. Pages run in on-disk browser profiles, as people's
 * browsers do: a Playwright context is incognito, where IndexedDB and the Cache API live
 * in memory and compare differently.
 */
export const MB = 1024 * 1024;

export interface OpResult {
  ms: number;
  digest: string[];
}

export async function run(page: Page, o: object): Promise<OpResult> {
  const r = await page.evaluate(
    (x) =>
      (
        window as unknown as {
          bench(o: object): Promise<Partial<OpResult> & { error?: string }>;
        }
      ).bench(x),
    o,
  );
  if (r.error !== undefined || r.ms === undefined)
    throw new Error(r.error ?? "no result");
  return { ms: r.ms, digest: r.digest ?? [] };
}
export const op = async (page: Page, o: object) => (await run(page, o)).ms;

export function shardUrls(origin: string, id: string, count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${origin}/models/${id}/resolve/main/params_shard_${i}.bin`,
  );
}

export interface Profile {
  /** Opens the cache page at `path` of `origin` in a new tab of this profile. */
  tab(origin: string, path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh on-disk browser profile; `close()` deletes it. */
export async function profile(): Promise<Profile> {
  const dir = mkdtempSync(join(tmpdir(), "hearth-bench-profile-"));
  const context: BrowserContext = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: false }),
  });
  return {
    tab: async (origin, path) => {
      const page = await context.newPage();
      await page.goto(origin + path);
      await page.waitForFunction(() => "bench" in window);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
