import { expect, test } from "@playwright/test";
import { lastReply, loadModel, log, send } from "../support/app";
import { keepDiskFull, withSmallDisk } from "../support/small-disk";

// A real full disk under the profile (a tmpfs), not a simulated quota: issue 21.
test("a message sent while the disk is full is kept on screen, said to be unsaved, and saved once space is freed", async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  await withSmallDisk(200, baseURL!, async (page, _context, disk) => {
    await loadModel(page);
    await send(page, "Saved before the disk filled");
    await lastReply(page);
    const freeDisk = keepDiskFull(disk);
    // Long enough that no write of it fits in the slack of a file's last page (a tmpfs
    // allocates whole pages, and a short record can still land there).
    await send(
      page,
      `Written while the disk is full. ${"More words. ".repeat(3000)}`,
    );
    // Chromium reports a full disk as QuotaExceededError or, on this disk, UnknownError:
    // either way the person reads that the messages are not saved, and why.
    const warning = page.getByText(
      /Your latest messages could not be saved: (this device's storage is full|the browser could not write them to disk \(it may be full\))\./,
    );
    await expect(warning).toBeVisible();
    await expect(log(page)).toContainText("Written while the disk is full");
    // The reply is written too (and fails): once it has finished, nothing else changes.
    await lastReply(page);
    await expect(warning).toBeVisible();

    freeDisk();
    // No further change is needed: Hearth tries again by itself.
    await expect(warning).toHaveCount(0, { timeout: 20_000 });
    await page.reload();
    await expect(log(page)).toContainText("Saved before the disk filled");
    await expect(log(page)).toContainText("Written while the disk is full");
  });
});
