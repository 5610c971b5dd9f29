import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium";

/**
 * Runs `body` in a persistent Chromium profile on a real disk of `megabytes` (a tmpfs,
 * mounted here and unmounted afterwards; CI runs as root). `estimate()` overstates what such
 * a disk holds (REFERENCE.md, "Quota"), so writes fail with the disk full, as on a person's
 * small disk. A disk that cannot be mounted fails the test with the reason: it never skips.
 */
export async function withSmallDisk<T>(
  megabytes: number,
  baseURL: string,
  body: (page: Page, context: BrowserContext, disk: string) => Promise<T>,
): Promise<T> {
  const disk = mkdtempSync(join(tmpdir(), "hearth-disk-"));
  try {
    execFileSync(
      "mount",
      ["-t", "tmpfs", "-o", `size=${megabytes}m`, "tmpfs", disk],
      {
        stdio: "pipe",
      },
    );
  } catch (err) {
    rmSync(disk, { recursive: true, force: true });
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `A ${megabytes} MB disk could not be mounted at ${disk} (mount -t tmpfs needs root): ${why}`,
    );
  }
  const profile = join(disk, "profile");
  mkdirSync(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: true }),
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await body(page, context, disk);
  } finally {
    await context.close();
    execFileSync("umount", ["--lazy", disk]);
    rmSync(disk, { recursive: true, force: true });
  }
}

const available = (disk: string) =>
  Number(
    execFileSync("df", ["--output=avail", "-B1", disk])
      .toString()
      .split("\n")[1],
  );

let fillers = 0;

/** Fills the disk but for `leaveMegabytes` with one file beside the profile; returns its path. */
export function fillDisk(disk: string, leaveMegabytes: number): string {
  const filler = join(disk, `filler-${fillers++}`);
  // Chromium writes to the profile meanwhile, so what df said is free may be gone by the
  // time the file is made, and fallocate then makes nothing: measure again and retry.
  for (let attempt = 1; ; attempt++) {
    const bytes = Math.max(0, available(disk) - leaveMegabytes * 1024 * 1024);
    if (bytes === 0) return filler;
    try {
      execFileSync("fallocate", ["-l", String(bytes), filler], {
        stdio: "pipe",
      });
      return filler;
    } catch (err) {
      rmSync(filler, { force: true });
      if (attempt === 5) throw err;
    }
  }
}

/**
 * Keeps the disk full until the returned function is called (which frees it): Chromium
 * removes files of its own now and then (logs, compactions), and each would otherwise
 * leave room for the next write.
 */
export function keepDiskFull(disk: string): () => void {
  const made = [fillDisk(disk, 0)];
  const timer = setInterval(() => {
    try {
      if (available(disk) > 0) made.push(fillDisk(disk, 0));
    } catch {
      clearInterval(timer); // the disk is gone: the test has ended
    }
  }, 50);
  return () => {
    clearInterval(timer);
    for (const f of made) rmSync(f, { force: true });
  };
}
