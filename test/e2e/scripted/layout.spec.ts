import { test } from "@playwright/test";
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
