import { expect, test } from "@playwright/test";
import { expectReady, lastReply, log, send } from "../support/app";
import { articles } from "../support/conversations";

test("a version made in one tab appears in the other within a second", async ({
  context,
}) => {
  const a = await context.newPage();
  await a.goto("/");
  await a.getByRole("button", { name: "Load model" }).click();
  await expectReady(a);
  await send(a, "/echo hello");
  expect(await lastReply(a)).toBe("hello");

  // The second tab reopens the chat open last.
  const b = await context.newPage();
  await b.goto("/");
  await expect(articles(b)).toHaveCount(2);
  await expect(log(b).getByRole("group", { name: /^Version/ })).toHaveCount(0);

  const replyA = log(a).locator("article.assistant");
  await replyA.getByRole("button", { name: "Regenerate" }).click();
  await expect(
    replyA.getByRole("group", { name: "Version 2 of 2" }),
  ).toBeVisible();
  // The new version is saved when it starts, and the other tab re-reads on the news.
  await expect(
    log(b)
      .locator("article.assistant")
      .getByRole("group", { name: "Version 2 of 2" }),
  ).toBeVisible({ timeout: 1_000 });
  expect(await lastReply(a)).toBe("hello");

  // Switching back in the second tab shows the first reply there, and in the first tab.
  await log(b).getByRole("button", { name: "Previous version" }).click();
  await expect(
    log(b).getByRole("group", { name: "Version 1 of 2" }),
  ).toBeVisible();
  await expect(
    log(a).getByRole("group", { name: "Version 1 of 2" }),
  ).toBeVisible();
  await expect(articles(b)).toHaveCount(2);
});
