import { expect, test } from "@playwright/test";
import { messageBox } from "../support/app";

// index.html's static outline holds a real message box (src/ui/shell/take-over.ts): what is typed
// before the app's script has run is kept when the app takes over.
test("typing before the app's script runs is kept, with the caret and the focus", async ({
  page,
}) => {
  // Hold the entry script until the typing is done.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let seen = false;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    seen = true;
    await held;
    await route.continue();
  });
  await page.goto("/", { waitUntil: "commit" });
  const box = messageBox(page);
  await box.click();
  await page.keyboard.type("Typed early");
  await page.keyboard.press("ArrowLeft"); // the caret sits before the "y"
  await expect(box).toHaveValue("Typed early");
  // The app has not taken over: its buttons are not there yet.
  expect(seen).toBe(true);
  await expect(page.getByRole("button", { name: "New chat" })).toHaveCount(0);

  release();
  await expect(page.getByRole("button", { name: "New chat" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Message" })).toHaveCount(1);
  await expect(box).toHaveValue("Typed early");
  await expect(box).toBeFocused();
  await page.keyboard.type("l");
  await expect(box).toHaveValue("Typed earlly");
  // The app's own box holds it: its placeholder and the prompt menu are the app's.
  await expect(box).toHaveAttribute("aria-autocomplete", "list");
});
