import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectReady, lastReply, log, replies, send } from "../support/app";
import { articles } from "../support/conversations";

/** The "n/m" switcher of a message, by the group's accessible name. */
const version = (message: Locator, n: number, m: number) =>
  message.getByRole("group", { name: `Version ${n} of ${m}` });
const users = (page: Page) => log(page).locator("article.user");
const assistants = (page: Page) => log(page).locator("article.assistant");

test("regenerated and edited messages are kept as versions, stepped through by buttons and keys, and survive a reload", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load model" }).click();
  await expectReady(page);

  await send(page, "/echo one");
  expect(await lastReply(page)).toBe("one");
  // Regenerate twice: three versions of the reply, the newest shown.
  for (const n of [2, 3]) {
    await assistants(page)
      .last()
      .getByRole("button", { name: "Regenerate" })
      .click();
    expect(await lastReply(page)).toBe("one");
    await expect(version(assistants(page).last(), n, n)).toBeVisible();
  }
  // A follow-up in the third version only.
  await send(page, "/echo after three");
  expect(await lastReply(page)).toBe("after three");
  await expect(articles(page)).toHaveCount(4);

  // Buttons: version 2 has nothing after it; back to 3 shows its follow-up again.
  const reply = assistants(page).first();
  await reply.getByRole("button", { name: "Previous version" }).click();
  await expect(version(reply, 2, 3)).toBeVisible();
  await expect(articles(page)).toHaveCount(2);
  await reply.getByRole("button", { name: "Previous version" }).click();
  await expect(version(reply, 1, 3)).toBeVisible();
  await expect(
    reply.getByRole("button", { name: "Previous version" }),
  ).toBeDisabled();
  await reply.getByRole("button", { name: "Next version" }).click();
  await reply.getByRole("button", { name: "Next version" }).click();
  await expect(version(reply, 3, 3)).toBeVisible();
  await expect(replies(page)).toHaveText(["one", "after three"]);

  // Keyboard: with the message focused, Alt+Left and Alt+Right step; focus stays on it.
  await reply.focus();
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(version(assistants(page).first(), 2, 3)).toBeVisible();
  await expect(assistants(page).first()).toBeFocused();
  await page.keyboard.press("Alt+ArrowLeft");
  await expect(version(assistants(page).first(), 1, 3)).toBeVisible();
  await page.keyboard.press("Alt+ArrowRight");
  await page.keyboard.press("Alt+ArrowRight");
  await expect(version(assistants(page).first(), 3, 3)).toBeVisible();
  await expect(articles(page)).toHaveCount(4);
  expect(new URL(page.url()).pathname).toBe("/");

  // Edit the first question: a second branch beside the first.
  await users(page).first().getByRole("button", { name: "Edit" }).click();
  await page.getByRole("textbox", { name: "Edit message" }).fill("/echo uno");
  await page.keyboard.press("Enter");
  expect(await lastReply(page)).toBe("uno");
  await expect(version(users(page).first(), 2, 2)).toBeVisible();
  await expect(articles(page)).toHaveCount(2);
  // The model is sent only the path on screen.
  await send(page, "/context");
  expect(await lastReply(page)).toBe("user: /echo uno\nassistant: uno");

  const shown = async () => ({
    texts: await articles(page).locator(".content").allInnerTexts(),
    versions: await log(page)
      .getByRole("group", { name: /^Version/ })
      .evaluateAll((groups) => groups.map((g) => g.getAttribute("aria-label"))),
  });
  const before = await shown();
  expect(before.versions).toEqual(["Version 2 of 2"]);
  await page.reload();
  await expect(articles(page)).toHaveCount(4);
  expect(await shown()).toEqual(before);

  // The first branch is all there after the reload, its third reply and follow-up shown.
  await users(page)
    .first()
    .getByRole("button", { name: "Previous version" })
    .click();
  await expect(version(users(page).first(), 1, 2)).toBeVisible();
  await expect(replies(page)).toHaveText(["one", "after three"]);
  await expect(version(assistants(page).first(), 3, 3)).toBeVisible();
});
