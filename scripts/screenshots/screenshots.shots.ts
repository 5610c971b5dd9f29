import { expect, test, type Browser, type Page } from "@playwright/test";
import type { LanguageCode } from "../../src/i18n/languages";
import { StaticServer } from "../../test/fixtures/static-server";
import { expectReady, modelPicker } from "../../test/e2e/support/app";
import { name, speak } from "../../test/e2e/support/i18n";
import {
  failedReply,
  finishedReply,
  holdLoadAt,
  longReply,
} from "../../test/e2e/support/engine-states";

const OUT = "docs/screenshots";
/** A reply worth reading while it streams (the scripted engine echoes it, 4 characters at a time). */
const STORY = [
  "Here is a plan for a calm weekend in the mountains.",
  "",
  "**Saturday.** Start early, before the valley warms up. A two-hour walk to the lake is enough for a first day; bring water, a warm layer and something to eat by the shore. In the afternoon, rest, read, and let the legs recover.",
  "",
  "**Sunday.** If the weather holds, take the ridge path back: longer, but the views over both valleys are the reason to come. If clouds build after noon, turn back early; mountain storms arrive faster than they seem to.",
  "",
  "1. Check the forecast the evening before.",
  "2. Tell someone your route and when you expect to be back.",
  "3. Pack a small first-aid kit, a map and a head torch.",
  "",
  "Enjoy the quiet: that is what the weekend is for.",
].join("\n");
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

let server: StaticServer;
test.beforeAll(async () => {
  server = await new StaticServer("dist-e2e").start();
});
test.afterAll(() => server.stop());

for (const theme of ["light", "dark"] as const) {
  for (const size of SIZES) {
    test(`${theme} ${size.width}×${size.height}`, async ({ browser }) => {
      const { context, page, shot } = await photographer(browser, theme, size);
      await page.goto("/");
      await expect(
        page.getByRole("button", { name: "Download and start" }),
      ).toBeVisible();
      await shot("first-visit");

      await modelPicker(page).click();
      await expect(page.getByRole("listbox", { name: "Models" })).toBeVisible();
      await shot("model-picker");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: "Load model" }).click();
      await expectReady(page);
      await openModelsDialog(page);
      await shot("models-dialog");
      await page.getByRole("button", { name: "Close" }).click();
      await closeDrawer(page);

      await finishedReply(page);
      await shot("reply");

      await longReply(page, `${STORY}\n\n${STORY}`);
      await page.waitForTimeout(1500); // a visible stretch of streamed text
      await shot("streaming");
      const stop = page.getByRole("button", { name: "Stop" });
      if (await stop.isVisible()) await stop.click();
      await expect(stop).toHaveCount(0);

      await failedReply(page);
      await shot("error");

      // Downloading: a fresh model, held part-way through its (scripted) download.
      await page.getByRole("button", { name: "Reload model" }).click();
      await expectReady(page);
      await page.keyboard.press("Control+Shift+O");
      await modelPicker(page).click();
      await page
        .getByRole("option", {
          name: "TinyLlama 1.1B chat q4f32_1",
          exact: true,
        })
        .click();
      await holdLoadAt(page, /^Downloading the model/, ["fetching"]);
      await shot("downloading");
      await context.close();
    });
  }
}

/**
 * A fresh context at one theme and size (and browser language, named in the files when
 * given), and `shot(state)`, which writes `state[-lang]-theme-WxH.png`.
 */
async function photographer(
  browser: Browser,
  theme: "light" | "dark",
  size: { width: number; height: number },
  lang?: LanguageCode,
) {
  const context = await browser.newContext({
    baseURL: server.origin,
    viewport: size,
    colorScheme: theme,
    deviceScaleFactor: 1,
    ...(lang ? { locale: lang } : {}),
  });
  const page = await context.newPage();
  const tag = [lang, theme, `${size.width}x${size.height}`].filter(Boolean);
  const shot = (state: string) =>
    page.screenshot({
      path: `${OUT}/${[state, ...tag].join("-")}.png`,
      animations: "disabled",
      caret: "hide",
    });
  return { context, page, shot };
}

/** On a phone the sidebar is a drawer; Escape puts it away. */
async function closeDrawer(page: Page) {
  const toggle = page.getByRole("button", { name: "Conversations" });
  if (
    (await toggle.isVisible()) &&
    (await toggle.getAttribute("aria-expanded")) === "true"
  ) {
    await page.keyboard.press("Escape");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
  }
}

async function openModelsDialog(page: Page) {
  const manage = page.getByRole("button", { name: "Manage models" });
  if (!(await manage.isVisible()))
    await page.getByRole("button", { name: "Conversations" }).click();
  await manage.click();
  await expect(page.getByRole("dialog", { name: "Models" })).toBeVisible();
}

// Right to left and a CJK script: the interface in Arabic and Japanese, at both widths.
const LANGUAGES: { lang: LanguageCode; theme: "light" | "dark" }[] = [
  { lang: "ar", theme: "light" },
  { lang: "ja", theme: "dark" },
];
for (const { lang, theme } of LANGUAGES) {
  for (const size of SIZES) {
    test(`${lang} ${theme} ${size.width}×${size.height}`, async ({
      browser,
    }) => {
      const { context, page, shot } = await photographer(
        browser,
        theme,
        size,
        lang,
      );
      await speak(lang, async () => {
        await page.goto("/");
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        const start = page.getByRole("button", {
          name: name("models.first.start"),
        });
        await expect(start).toBeVisible();
        await shot("first-visit");

        await modelPicker(page).click();
        await expect(
          page.getByRole("listbox", { name: name("models.picker.list") }),
        ).toBeVisible();
        await shot("model-picker");
        await page.keyboard.press("Escape");

        await start.click();
        await expectReady(page);
        await finishedReply(page);
        await shot("reply");
      });
      await context.close();
    });
  }
}
