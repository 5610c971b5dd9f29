import { expect, test } from "@playwright/test";
import { speak } from "../support/i18n";
import { expectCleanLayout } from "../support/layout";
import { walkStates } from "../support/state-walk";

/**
 * Every engine state, at every width from a phone to a wide desktop, in both themes: no
 * two controls drawn over each other, no clipped button or label, no sideways scrolling.
 * One page walks through the states; the viewport is resized around each.
 */
test("the layout holds at every width, in both themes, in every engine state", async ({
  page,
}) => {
  test.setTimeout(480_000);
  await walkStates(page, expectCleanLayout);
});

test("in Arabic, right to left: the layout holds at every width, in both themes, in every engine state", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const context = await browser.newContext({ locale: "ar" });
  const page = await context.newPage();
  await speak("ar", () =>
    walkStates(page, async (p, state) => {
      await expect(p.locator("html")).toHaveAttribute("dir", "rtl");
      await expectCleanLayout(p, state);
    }),
  );
  await context.close();
});
