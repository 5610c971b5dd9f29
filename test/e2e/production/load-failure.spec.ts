import { expect, test } from "@playwright/test";

test("the real web-llm worker starts, and an unreachable model host fails with a clear message", async ({
  page,
}) => {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const workers: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("worker", (w) => workers.push(w.url()));

  await page.goto("/");
  await page.getByRole("button", { name: "Load model" }).click();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText(
    "The model could not be downloaded: huggingface.co could not be reached.",
  );
  await expect(alert).toContainText("Check your internet connection");
  await expect(
    page.getByRole("button", { name: "Reload model" }),
  ).toBeVisible();
  expect(workers).toEqual([expect.stringMatching(/engine\.worker-.*\.js$/)]);
  expect(pageErrors).toEqual([]);
  // The only console errors allowed are the browser's own notes on the failed requests
  // (every host but 127.0.0.1 is unresolvable in these tests).
  for (const text of consoleErrors)
    expect(text).toMatch(/net::ERR_NAME_NOT_RESOLVED|Failed to load resource/);

  // Reload model tries again, in a fresh worker, and fails the same clear way.
  await page.getByRole("button", { name: "Reload model" }).click();
  await expect(alert).toContainText("huggingface.co could not be reached");
  expect(workers).toHaveLength(2);
  expect(pageErrors).toEqual([]);
});
