import { expect, test, type Page } from "@playwright/test";
import { BUILT_IN_PROMPTS } from "../../../src/prompts/built-in";
import { lastReply, loadModel, log, messageBox, send } from "../support/app";
import { exportAllJson } from "../support/conversations";

const menu = (page: Page) =>
  page.getByRole("listbox", { name: "Saved prompts" });
const option = (page: Page, name: string | RegExp) =>
  menu(page).getByRole("option", { name });
const summarize = BUILT_IN_PROMPTS.find((p) => p.title === "Summarize")!;
const llama2 = BUILT_IN_PROMPTS.find((p) => p.title === "Llama 2 default")!;

/** The option the message box points at (aria-activedescendant), by its text. */
async function activeOption(page: Page): Promise<string | null> {
  const id = await messageBox(page).getAttribute("aria-activedescendant");
  return id ? page.locator(`[id="${id}"]`).innerText() : null;
}

async function openManager(page: Page): Promise<void> {
  await messageBox(page).fill("");
  await messageBox(page).press("/");
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press("ArrowUp"); // the last option: Manage saved prompts…
  await expect.poll(() => activeOption(page)).toBe("Manage saved prompts…");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("dialog", { name: "Saved prompts" }),
  ).toBeVisible();
}

test("keyboard only: “/” opens the list, typing filters, arrows move, Enter inserts, Escape closes", async ({
  page,
}) => {
  await loadModel(page);
  await messageBox(page).focus();
  await page.keyboard.type("/");
  await expect(menu(page)).toBeVisible();
  // Every built-in prompt is listed, then the way to manage them.
  await expect(menu(page).getByRole("option")).toHaveCount(
    BUILT_IN_PROMPTS.length + 1,
  );
  await expect(messageBox(page)).toHaveAttribute(
    "aria-controls",
    "prompt-menu",
  );
  await expect.poll(() => activeOption(page)).toContain("Llama 2 default");
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => activeOption(page)).toContain("Brief and direct");
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => activeOption(page)).toContain("Llama 2 default");

  await page.keyboard.type("summ");
  await expect(menu(page).getByRole("option")).toHaveCount(2);
  await expect(option(page, /^Summarize/)).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await page.keyboard.press("Enter");
  await expect(menu(page)).toHaveCount(0);
  await expect(messageBox(page)).toHaveValue(summarize.text);
  await expect(messageBox(page)).toBeFocused();
  // The caret is at the end: typing carries on after the prompt.
  await page.keyboard.type("Some text.");
  await expect(messageBox(page)).toHaveValue(`${summarize.text}Some text.`);

  // Escape closes the list and keeps what was typed; a space-separated message is sent.
  await messageBox(page).fill("");
  await page.keyboard.type("/pro");
  await expect(menu(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu(page)).toHaveCount(0);
  await expect(messageBox(page)).toHaveValue("/pro");
  await expect(messageBox(page)).not.toHaveAttribute(
    "aria-activedescendant",
    /./,
  );
});

test("the Llama 2 preset sets the chat's system prompt; “/echo …” and “/prompt” are still sent", async ({
  page,
}) => {
  await loadModel(page);
  await messageBox(page).focus();
  await page.keyboard.type("/llama");
  await expect(
    option(page, /^Llama 2 default \(system prompt\)/),
  ).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("status").filter({
      hasText: "System prompt set to “Llama 2 default” for this chat.",
    }),
  ).toBeVisible();
  await expect(messageBox(page)).toHaveValue("");
  await page.getByRole("button", { name: "Chat settings" }).click();
  await expect(
    page.getByRole("textbox", { name: "System prompt" }),
  ).toHaveValue(llama2.text);

  // Scripted-engine commands are messages, never prompt searches.
  await messageBox(page).fill("/echo one two");
  await messageBox(page).press("Enter");
  expect(await lastReply(page)).toBe("one two");
  await messageBox(page).fill("/prompt");
  await expect(menu(page)).toBeVisible();
  await expect(menu(page).getByRole("option")).toHaveCount(1);
  await messageBox(page).press("Enter");
  await expect(log(page).getByText("/prompt", { exact: true })).toBeVisible();
  await expect(messageBox(page)).toHaveValue("");
});

test("add, use, edit and delete a prompt; it survives a reload", async ({
  page,
}) => {
  await page.goto("/");
  await openManager(page);
  const dialog = page.getByRole("dialog", { name: "Saved prompts" });
  // An empty form is refused in words.
  await dialog.getByRole("button", { name: "Add prompt" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Give the prompt a title.",
  );
  await dialog.getByLabel("Title").fill("Greeting");
  await dialog.getByLabel("Prompt text").fill("Hello there,\nLlama!");
  await dialog.getByRole("button", { name: "Add prompt" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Added “Greeting”.");
  await expect(
    dialog.getByRole("list", { name: "Your prompts" }),
  ).toContainText("Greeting");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(messageBox(page)).toBeFocused();

  await page.reload();
  await messageBox(page).focus();
  await page.keyboard.type("/gree");
  await expect(option(page, /^Greeting/)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(messageBox(page)).toHaveValue("Hello there,\nLlama!");

  await openManager(page);
  await dialog.getByRole("button", { name: "Edit prompt Greeting" }).click();
  await dialog.getByLabel("Title").fill("Salutation");
  await dialog.getByLabel("Use as the chat's system prompt").check();
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Saved “Salutation”.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await messageBox(page).fill("/salu");
  await expect(option(page, /^Salutation \(system prompt\)/)).toBeVisible();
  await expect(option(page, /^Greeting/)).toHaveCount(0);

  await openManager(page);
  await dialog
    .getByRole("button", { name: "Delete prompt Salutation" })
    .click();
  await expect(dialog.getByRole("status")).toHaveText("Deleted “Salutation”.");
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.reload();
  await messageBox(page).fill("/salu");
  await expect(
    page.getByText("No saved prompt matches “/salu”."),
  ).toBeVisible();
});

test("saved prompts go out with the JSON export and come back with the import", async ({
  page,
  browser,
}) => {
  await loadModel(page);
  await send(page, "/echo kept");
  expect(await lastReply(page)).toBe("kept");
  await openManager(page);
  const dialog = page.getByRole("dialog", { name: "Saved prompts" });
  await dialog.getByLabel("Title").fill("Haiku");
  await dialog.getByLabel("Prompt text").fill("Write a haiku about ");
  await dialog.getByRole("button", { name: "Add prompt" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Added “Haiku”.");
  await dialog.getByRole("button", { name: "Close" }).click();

  const exported = await exportAllJson(page);
  const file = JSON.parse(exported) as {
    prompts: Array<{ title: string; text: string; kind: string }>;
  };
  expect(file.prompts).toEqual([
    expect.objectContaining({
      title: "Haiku",
      text: "Write a haiku about ",
      kind: "message",
    }),
  ]);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/");
  await other.getByText("Export and import").click();
  const importIt = () =>
    other.getByLabel("Chats file to import").setInputFiles({
      name: "chats.json",
      mimeType: "application/json",
      buffer: Buffer.from(exported),
    });
  await importIt();
  await expect(
    other
      .getByRole("status")
      .filter({ hasText: "Imported 1 chat and 1 saved prompt." }),
  ).toBeVisible();
  await messageBox(other).fill("/hai");
  await expect(option(other, /^Haiku/)).toBeVisible();
  await messageBox(other).press("Enter");
  await expect(messageBox(other)).toHaveValue("Write a haiku about ");
  // The same file again adds nothing.
  await importIt();
  await expect(
    other.getByRole("status").filter({
      hasText: "Imported 0 chats and 0 saved prompts. 1 was already here.",
    }),
  ).toBeVisible();
  await fresh.close();
});
