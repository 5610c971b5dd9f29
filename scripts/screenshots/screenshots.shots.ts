import { expect, test, type Page } from "@playwright/test";
import { StaticServer } from "../../test/fixtures/static-server";
import { expectReady, modelPicker } from "../../test/e2e/support/app";
import {
  failedReply,
  finishedReply,
  holdLoadAt,
  longReply,
} from "../../test/e2e/support/engine-states";

const OUT = "docs/screenshots";
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
      const context = await browser.newContext({
        baseURL: server.origin,
        viewport: size,
        colorScheme: theme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const shot = (state: string) =>
        page.screenshot({
          path: `${OUT}/${state}-${theme}-${size.width}x${size.height}.png`,
          animations: "disabled",
          caret: "hide",
        });
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

      await finishedReply(page);
      await shot("reply");

      await longReply(page);
      await page.waitForTimeout(1500); // a visible stretch of streamed text
      await shot("streaming");
      await page.getByRole("button", { name: "Stop" }).click();

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
      await holdLoadAt(page, /^Downloading the model: .*50%/);
      await shot("downloading");
      await context.close();
    });
  }
}

async function openModelsDialog(page: Page) {
  const manage = page.getByRole("button", { name: "Manage models" });
  if (!(await manage.isVisible()))
    await page.getByRole("button", { name: "Conversations" }).click();
  await manage.click();
  await expect(page.getByRole("dialog", { name: "Models" })).toBeVisible();
}
