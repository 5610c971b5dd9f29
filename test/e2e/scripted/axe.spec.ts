import { test } from "@playwright/test";
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
