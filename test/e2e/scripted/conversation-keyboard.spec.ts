import { expect, test } from "@playwright/test";
import {
  expectReady,
  lastReply,
  log,
  messageBox,
  replies,
} from "../support/app";
import { articles, sidebarList, tabTo } from "../support/conversations";

test("every chat and message action works from the keyboard alone, and focus lands where expected", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await tabTo(page, page.getByRole("button", { name: "Load model" }));
  await page.keyboard.press("Enter");
  await expectReady(page);
  await tabTo(page, messageBox(page));
  await page.keyboard.type("/echo alpha");
  await page.keyboard.press("Enter");
  expect(await lastReply(page)).toBe("alpha");
  const user = articles(page).first();
  const reply = articles(page).last();

  // Copy
  await tabTo(page, reply.getByRole("button", { name: "Copy" }));
  await page.keyboard.press("Enter");
  await expect(reply.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    "alpha",
  );

  // Regenerate
  await tabTo(page, reply.getByRole("button", { name: "Regenerate" }));
  await page.keyboard.press("Enter");
  expect(await lastReply(page)).toBe("alpha");
  await expect(articles(page)).toHaveCount(2);

  // Edit and resend: the editor takes focus; afterwards the composer has it.
  await tabTo(page, user.getByRole("button", { name: "Edit" }));
  await page.keyboard.press("Enter");
  const editor = page.getByRole("textbox", { name: "Edit message" });
  await expect(editor).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("/echo beta");
  await page.keyboard.press("Enter");
  await expect(replies(page)).toHaveText(["beta"]);
  await expect(messageBox(page)).toBeFocused();
  // Escape closes the editor and gives focus back to Edit.
  await tabTo(page, user.getByRole("button", { name: "Edit" }));
  await page.keyboard.press("Enter");
  await expect(editor).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(editor).toHaveCount(0);
  await expect(user.getByRole("button", { name: "Edit" })).toBeFocused();

  // Delete a message, then Undo (focus goes to Undo at once).
  await tabTo(page, reply.getByRole("button", { name: "Delete" }));
  await page.keyboard.press("Enter");
  await expect(articles(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(replies(page)).toHaveText(["beta"]);
  await expect(messageBox(page)).toBeFocused();

  // Rename: the field takes focus; Enter saves; focus returns to Rename.
  await tabTo(page, page.getByRole("button", { name: "Rename" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Chat title" })).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Keyboard chat");
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { name: "Keyboard chat" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();
  await expect(sidebarList(page)).toHaveText(["Keyboard chat"]);

  // Settings: set a temperature and a system prompt, see them kept, reset them.
  await tabTo(page, page.getByRole("button", { name: "Chat settings" }));
  await page.keyboard.press("Enter");
  const settings = page.getByRole("form", { name: "Chat settings" });
  await tabTo(page, settings.getByRole("textbox", { name: "System prompt" }));
  await page.keyboard.type("Answer in one line.");
  await page.keyboard.press("Tab");
  await expect(
    settings.getByRole("spinbutton", { name: "Temperature" }),
  ).toBeFocused();
  // Empty fields show the loaded model's own defaults (its mlc-chat-config.json).
  await expect(
    settings.getByRole("spinbutton", { name: "Temperature" }),
  ).toHaveAttribute("placeholder", "Model default: 0.6");
  await expect(
    settings.getByRole("spinbutton", { name: "Top-p" }),
  ).toHaveAttribute("placeholder", "Model default: 0.9");
  await page.keyboard.type("0.4");
  await page.keyboard.press("Tab");
  // Saving is asynchronous: reload only once the settings are in IndexedDB.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open("hearth-conversations");
            open.onsuccess = () => {
              const req = open.result
                .transaction("records")
                .objectStore("records")
                .getAll();
              req.onsuccess = () =>
                resolve(
                  req.result.some(
                    (r: {
                      settings?: {
                        temperature?: number;
                        systemPrompt?: string;
                      };
                    }) => r?.settings?.temperature === 0.4,
                  ),
                );
              req.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
      ),
    )
    .toBe(true);
  await page.reload();
  await expect(
    page.getByRole("heading", { name: "Keyboard chat" }),
  ).toBeVisible();
  await tabTo(page, page.getByRole("button", { name: "Chat settings" }));
  await page.keyboard.press("Enter");
  await expect(
    settings.getByRole("spinbutton", { name: "Temperature" }),
  ).toHaveValue("0.4");
  await expect(
    settings.getByRole("textbox", { name: "System prompt" }),
  ).toHaveValue("Answer in one line.");
  await tabTo(
    page,
    settings.getByRole("button", { name: "Reset to model defaults" }),
  );
  await page.keyboard.press("Enter");
  await expect(
    settings.getByRole("spinbutton", { name: "Temperature" }),
  ).toHaveValue("");
  await expect(
    settings.getByRole("textbox", { name: "System prompt" }),
  ).toHaveValue("");
  await page.keyboard.press("Escape");
  await expect(settings).toHaveCount(0);

  // Export this chat from the keyboard.
  await tabTo(page, page.getByText("Export chat", { exact: true }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Export chat as JSON" }));
  const download = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await download).suggestedFilename()).toBe("Keyboard-chat.json");

  // Ctrl/Cmd+Shift+O starts a new chat and puts focus in the message box.
  await page.keyboard.press("ControlOrMeta+Shift+O");
  await expect(log(page).locator("article")).toHaveCount(0);
  await expect(messageBox(page)).toBeFocused();

  // Search, then open the result.
  await tabTo(page, page.getByRole("searchbox", { name: "Search chats" }));
  await page.keyboard.type("beta");
  await expect(
    page.getByRole("status").filter({ hasText: "1 chat matches." }),
  ).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(sidebarList(page).first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(replies(page)).toHaveText(["beta"]);

  // Delete the chat, then Undo.
  await tabTo(page, page.getByRole("button", { name: "Delete chat" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Undo" })).toBeFocused();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Deleted the chat “Keyboard chat”." }),
  ).toBeVisible();
  await page.keyboard.press("Enter");
  await page.getByRole("searchbox", { name: "Search chats" }).fill("");
  await expect(sidebarList(page)).toHaveText(["Keyboard chat"]);
  await expect(replies(page)).toHaveText(["beta"]);
});
