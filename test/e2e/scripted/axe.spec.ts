import { test } from "@playwright/test";
import { speak } from "../support/i18n";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { walkStates } from "../support/state-walk";

/** axe-core in every state the screenshots show (and the rest), light and dark. */
test("no serious or critical accessibility violation in any engine state", async ({
  page,
}) => {
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await walkStates(page, expectNoSeriousA11yViolations);
});

test("in Arabic: no serious or critical accessibility violation in any engine state", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const context = await browser.newContext({
    locale: "ar",
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await speak("ar", () => walkStates(page, expectNoSeriousA11yViolations));
  await context.close();
});
