import { expect, test, type Page } from "@playwright/test";
import { LANGUAGES, type LanguageCode } from "../../../src/i18n/languages";
import { OUTLINE_WORDS } from "../../../src/i18n/outline-words";
import { log, messageBox, send } from "../support/app";
import { englishOnPage, name, say, speak } from "../support/i18n";
import { waitForServiceWorker } from "../support/service-worker";
import { walkStates } from "../support/state-walk";

const languageChooser = (page: Page) =>
  page.getByRole("button", { name: /Language/ });

/** Opens the Language chooser and picks a language by its own name. */
async function pickLanguage(page: Page, own: string): Promise<void> {
  await languageChooser(page).click();
  await page.getByRole("button", { name: own, exact: true }).click();
}

async function expectLanguage(page: Page, code: LanguageCode): Promise<void> {
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  await expect(page.locator("html")).toHaveAttribute(
    "dir",
    code === "ar" ? "rtl" : "ltr",
  );
}

// A first visit from a browser set to each language: the page follows it, and no state
// (first visit, model list, Models dialog, downloading, a reply, writing, an error,
// loading, another tab, chat settings) shows a text of the English catalog.
for (const { code, name: own } of LANGUAGES.filter((l) => l.code !== "en")) {
  test(`${own} (${code}): every state in ${own}, no English`, async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ locale: code });
    const page = await context.newPage();
    await speak(code, async () => {
      await walkStates(page, async (p, state) => {
        await expectLanguage(p, code);
        expect(await englishOnPage(p, code), state).toEqual([]);
      });
      await page
        .getByRole("button", { name: name("chat.settings.label") })
        .click();
      await expect(
        page.getByRole("form", { name: name("chat.settings.label") }),
      ).toBeVisible();
      expect(await englishOnPage(page, code), "chat settings").toEqual([]);
    });
    await context.close();
  });
}

test("the Language chooser switches at once, is remembered, and keeps every chat", async ({
  page,
}) => {
  await page.goto("/");
  await expectLanguage(page, "en");
  await expect(languageChooser(page)).toHaveAccessibleName("Language");
  await page.getByRole("button", { name: "Load model" }).click();
  await send(page, "/echo Guten Morgen, wie geht es?");
  await expect(log(page)).toContainText("Guten Morgen, wie geht es?");
  // What the chat holds, and the list of chats: the words of the people and the model.
  const contents = () => log(page).locator("article .content").allInnerTexts();
  const chats = () => page.locator(".sidebar nav li button").allInnerTexts();
  await expect.poll(chats).toHaveLength(1);
  const before = { contents: await contents(), chats: await chats() };

  await pickLanguage(page, "Deutsch");
  await expectLanguage(page, "de");
  // The same page, not a reload: the box keeps its name in the new language at once.
  await expect(
    page.getByRole("textbox", { name: say("de", "chat.composer.label") }),
  ).toBeVisible();
  await expect(languageChooser(page)).toHaveAccessibleName(
    `${say("de", "shell.language")} · Language`,
  );
  expect(await englishOnPage(page, "de")).toEqual([]);
  expect(await contents()).toEqual(before.contents);

  await page.reload();
  await expectLanguage(page, "de");
  await expect(
    page.getByRole("textbox", { name: say("de", "chat.composer.label") }),
  ).toBeVisible();
  await expect(log(page)).toContainText("Guten Morgen, wie geht es?");
  expect(await contents()).toEqual(before.contents);
  expect(await chats()).toEqual(before.chats);

  await pickLanguage(page, "English");
  await expectLanguage(page, "en");
  await expect(messageBox(page)).toBeVisible();
});

test("offline, a language switch still applies: every catalog is in the offline copy", async ({
  page,
  context,
}) => {
  await page.goto("/");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await pickLanguage(page, "日本語");
  await expectLanguage(page, "ja");
  await expect(
    page.getByRole("textbox", { name: say("ja", "chat.composer.label") }),
  ).toBeVisible();
  await context.setOffline(false);
});

// The app's styles come with its code (only the outline's are in index.html): either
// missing is the same failed start.
for (const [part, file] of [
  ["code", /\/assets\/start-app-[^/]*\.js$/],
  ["styles", /\/assets\/start-app-[^/]*\.css$/],
] as const) {
  test(`a first visit whose app ${part} does not arrive says so on the outline, in the browser's language, and Retry starts the app`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.route(file, (route) => route.abort("internetdisconnected"));
    await page.goto("/");
    const alert = page.getByRole("alert");
    await expect(alert).toHaveText(OUTLINE_WORDS.de.failed);
    // What was typed in the outline's box survives the Retry.
    await page.locator("#app textarea").fill("Hallo");
    await page.unroute(file);
    await page
      .getByRole("button", { name: OUTLINE_WORDS.de.retry, exact: true })
      .click();
    await expect(
      page.getByRole("button", { name: say("de", "models.first.start") }),
    ).toBeVisible();
    await expect(
      page.getByRole("textbox", { name: say("de", "chat.composer.label") }),
    ).toHaveValue("Hallo");
    await context.close();
  });
}
