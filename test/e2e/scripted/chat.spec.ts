import { expect, test } from "@playwright/test";
import {
  expectReady,
  lastReply,
  loadModel,
  log,
  messageBox,
  modelStatus,
  replies,
  send,
} from "../support/app";

test("loading shows a real progress bar with phases and bytes, then the model is ready", async ({
  page,
}) => {
  const seen = await loadModel(page);
  const values = seen.map((s) => s.value);
  // The scripted engine reports at least 5 steps; the bar shows each of them.
  expect(values.length).toBeGreaterThanOrEqual(5);
  expect(values.some((v) => v > 0 && v < 100)).toBe(true);
  expect(values).toContain(100);
  const texts = seen.map((s) => s.text);
  expect(texts).toContainEqual(
    expect.stringMatching(
      /^Downloading the model: \d+(\.\d)? MB of 64 MB · \d+%$/,
    ),
  );
  expect(texts).toContainEqual(
    expect.stringMatching(/^Loading into the GPU: .* \d+%$/),
  );
  expect(texts).toContainEqual(
    expect.stringMatching(/^Compiling shaders: \d+%$/),
  );
  await expect(page.getByRole("progressbar")).toHaveCount(0);
});

test("a reply streams in before it ends, then shows its speed", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "How do I make tea?");
  await expect(log(page)).toContainText("You");
  const stop = page.getByRole("button", { name: "Stop" });
  await expect(stop).toBeVisible();
  await expect(replies(page).last()).toContainText("Making a good cup of tea");
  // Still streaming: Stop is there and the end of the reply has not arrived.
  await expect(stop).toBeVisible();
  expect(await replies(page).last().innerText()).not.toContain(
    "shorter steeping.",
  );
  await expect(replies(page).last()).toContainText("shorter steeping.", {
    timeout: 20_000,
  });
  await expect(log(page)).toContainText(
    /Prefill [\d.]+ tok\/s · decode [\d.]+ tok\/s/,
  );
  await expect(modelStatus(page)).toContainText(/tok\/s/);
});

test("/echo replies with exactly the rest of the message, newlines kept", async ({
  page,
}) => {
  await loadModel(page);
  const text = "Hello, Hearth!\n  indented line\n\n<b>not bold</b> & done";
  await send(page, `/echo ${text}`);
  expect(await lastReply(page)).toBe(text);
  await expect(messageBox(page)).toHaveValue("");
});

test("Stop ends the stream at once and keeps what arrived", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "Tell me about tea");
  await expect(replies(page).last()).toContainText("Tea rewards");
  await page.getByRole("button", { name: "Stop" }).click();
  const kept = await replies(page).last().innerText();
  await expect(log(page)).toContainText("Stopped");
  await page.waitForTimeout(300);
  expect(await replies(page).last().innerText()).toBe(kept);
  expect(kept).not.toContain("shorter steeping.");
  await expect(page.getByRole("button", { name: "Send" })).toBeVisible();
});

test("an empty message cannot be sent", async ({ page }) => {
  await loadModel(page);
  const sendButton = page.getByRole("button", { name: "Send" });
  await expect(sendButton).toBeDisabled();
  await messageBox(page).fill("   \n  ");
  await expect(sendButton).toBeDisabled();
  await messageBox(page).press("Enter");
  await expect(log(page).locator("article")).toHaveCount(0);
});

test("New chat starts an empty conversation and keeps the old one in the sidebar", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "/echo first chat");
  expect(await lastReply(page)).toBe("first chat");
  await page.getByRole("button", { name: "New chat" }).click();
  await expect(log(page).locator("article")).toHaveCount(0);
  await expect(messageBox(page)).toBeFocused();
  const list = page.getByRole("navigation", { name: "Conversation list" });
  await list.getByRole("button", { name: "/echo first chat" }).click();
  await expect(replies(page)).toHaveText(["first chat"]);
});

test("the keyboard alone loads, sends with Enter, adds lines with Shift+Enter, stops with Escape", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load model" }).focus();
  await page.keyboard.press("Enter");
  await expectReady(page);
  await messageBox(page).focus();
  await page.keyboard.type("/echo one");
  await page.keyboard.press("Shift+Enter");
  await page.keyboard.type("two");
  await page.keyboard.press("Enter");
  expect(await lastReply(page)).toBe("one\ntwo");
  await page.keyboard.type("tell me more");
  await page.keyboard.press("Enter");
  await expect(replies(page).last()).toContainText("Tea");
  await page.keyboard.press("Escape");
  await expect(log(page)).toContainText("Stopped");
});
