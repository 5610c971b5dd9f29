import { expect, test } from "@playwright/test";
import {
  expectReady,
  lastReply,
  loadModel,
  log,
  messageBox,
  replies,
  send,
  takeOverModel,
} from "../support/app";
import {
  articles,
  conversationsOf,
  downloadText,
  exportAllJson,
  sidebarList,
} from "../support/conversations";

test("conversations survive a reload, listed by last activity, reopening the last one", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/echo first");
  expect(await lastReply(page)).toBe("first");
  await page.getByRole("button", { name: "New chat" }).click();
  await send(page, "/echo second");
  expect(await lastReply(page)).toBe("second");
  await expect(sidebarList(page)).toHaveText(["/echo second", "/echo first"]);

  await page.reload();
  await expect(sidebarList(page)).toHaveText(["/echo second", "/echo first"]);
  await expect(replies(page)).toHaveText(["second"]);
  await sidebarList(page).filter({ hasText: "/echo first" }).click();
  await expect(replies(page)).toHaveText(["first"]);
  await expect(
    page.getByRole("heading", { name: "/echo first" }),
  ).toBeVisible();
});

test("a reload mid-reply keeps the partial reply, marked interrupted, with Continue and Regenerate", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "Tell me about tea");
  await expect(replies(page).last()).toContainText("Tea rewards");
  // Streaming replies are saved at least once a second.
  await page.waitForTimeout(1200);
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible();
  const before = await replies(page).last().innerText();
  await page.reload();

  const reply = articles(page).last();
  await expect(reply).toContainText("Interrupted");
  // Until the lazily loaded markdown renderer arrives, a reopened reply shows its raw text.
  await expect(
    reply.getByRole("heading", { name: "Making a good cup of tea" }),
  ).toBeVisible();
  const kept = await replies(page).last().innerText();
  expect(kept).toContain("Making a good cup of tea");
  expect(before.startsWith(kept.slice(0, 40))).toBe(true);
  expect(kept).not.toContain("shorter steeping.");
  await expect(reply.getByRole("button", { name: "Continue" })).toBeVisible();
  await expect(reply.getByRole("button", { name: "Regenerate" })).toBeVisible();

  await page.getByRole("button", { name: "Load model" }).click();
  await expectReady(page);
  await reply.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0, {
    timeout: 20_000,
  });
  await expect(reply).not.toContainText("Interrupted");
  const continued = await replies(page).last().innerText();
  expect(continued.startsWith(kept.trimEnd().slice(0, 200))).toBe(true);
  expect(continued.length).toBeGreaterThan(kept.length);
  await expect(articles(page)).toHaveCount(2);

  await reply.getByRole("button", { name: "Regenerate" }).click();
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0, {
    timeout: 20_000,
  });
  await expect(replies(page).last()).toContainText("shorter steeping.");
  await expect(articles(page)).toHaveCount(2);
});

test("export then import into a fresh browser gives identical conversations; a bad file changes nothing", async ({
  page,
  browser,
}) => {
  await loadModel(page);
  await send(page, "/echo one\ntwo lines");
  expect(await lastReply(page)).toBe("one\ntwo lines");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByRole("textbox", { name: "Chat title" }).fill("Renamed chat");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "New chat" }).click();
  await send(page, "/echo <b>second</b> & more");
  expect(await lastReply(page)).toBe("<b>second</b> & more");
  const exported = await exportAllJson(page);

  const md = await downloadText(page, () =>
    page.getByRole("button", { name: "Export all chats as Markdown" }).click(),
  );
  expect(md.name).toBe("hearth-chats.md");
  expect(md.text).toContain("# Renamed chat");
  expect(md.text).toContain("## Assistant\n\none\ntwo lines");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/");
  await expect(sidebarList(other)).toHaveCount(0);
  await other.getByText("Export and import").click();
  await other.getByLabel("Chats file to import").setInputFiles({
    name: "chats.json",
    mimeType: "application/json",
    buffer: Buffer.from(exported),
  });
  await expect(
    other.getByRole("status").filter({ hasText: "Imported 2 chats." }),
  ).toBeVisible();
  await expect(sidebarList(other)).toHaveText([
    "/echo <b>second</b> & more",
    "Renamed chat",
  ]);
  expect(conversationsOf(await exportAllJson(other))).toEqual(
    conversationsOf(exported),
  );

  // A file with a non-text message is refused with the reason, and nothing changes.
  const bad = JSON.parse(exported);
  bad.conversations[0].messages[0].content = {
    type: "image_url",
    url: "http://example.com/x.png",
  };
  bad.conversations.push({
    id: "new-one",
    title: "Should not appear",
    createdAt: 1,
    updatedAt: 1,
    messages: [],
  });
  await other.getByLabel("Chats file to import").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(other.getByRole("alert")).toContainText(
    "The file was not imported: Conversation 1, message 1, content: must be text, but it is an object. Nothing was changed.",
  );
  await expect(sidebarList(other)).toHaveCount(2);
  expect(conversationsOf(await exportAllJson(other))).toEqual(
    conversationsOf(exported),
  );
  await fresh.close();
});

test("two tabs sending in turn into one chat keep every message", async ({
  context,
}) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await loadModel(one);
  await two.goto("/");
  await send(one, "/echo one");
  expect(await lastReply(one)).toBe("one");
  // The other tab hears of the new chat and opens it.
  await sidebarList(two).filter({ hasText: "/echo one" }).click();
  await expect(replies(two)).toHaveText(["one"]);
  // One model per browser: each tab takes the GPU over in turn.
  await takeOverModel(two);
  await send(two, "/echo two");
  expect(await lastReply(two)).toBe("two");
  await expect(replies(one)).toHaveText(["one", "two"]);
  await takeOverModel(one);
  await send(one, "/echo three");
  expect(await lastReply(one)).toBe("three");
  await expect(replies(two)).toHaveText(["one", "two", "three"]);

  for (const page of [one, two]) {
    await page.reload();
    await expect(log(page).locator("article .content")).toHaveText([
      "/echo one",
      "one",
      "/echo two",
      "two",
      "/echo three",
      "three",
    ]);
  }
});

test("search finds a chat by any of its messages", async ({ page }) => {
  await loadModel(page);
  await send(page, "/echo the word is Marmalade");
  await lastReply(page);
  await page.getByRole("button", { name: "New chat" }).click();
  await send(page, "/echo nothing sweet");
  await lastReply(page);
  const search = page.getByRole("searchbox", { name: "Search chats" });
  await search.fill("marmalade");
  await expect(
    page.getByRole("status").filter({ hasText: "1 chat matches." }),
  ).toBeVisible();
  await expect(sidebarList(page)).toHaveCount(1);
  await sidebarList(page).first().click();
  await expect(replies(page)).toHaveText(["the word is Marmalade"]);
  await search.press("Escape");
  await expect(sidebarList(page)).toHaveCount(2);
  await expect(messageBox(page)).toBeVisible();
});
