import { expect, test } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../support/chromium";

// Without --enable-unsafe-webgpu, Chromium here offers no adapter at all.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: false }),
  },
});

test("explains what is missing, offers no load, and starts no worker or model request", async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  const workers: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("worker", (w) => workers.push(w.url()));
  await page.goto("/");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText(/WebGPU/);
  await expect(alert).toContainText(/Chrome or Edge 113/);
  await expect(alert).toContainText(/Linux/);
  await expect(page.getByRole("button", { name: "Load model" })).toBeDisabled();
  await page.getByRole("button", { name: "Load model" }).click({ force: true });
  await page.waitForTimeout(500);
  expect(workers).toEqual([]);
  expect(requests.every((u) => u.startsWith(baseURL!))).toBe(true);
});
