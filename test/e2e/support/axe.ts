import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { setTheme } from "./layout";

/** axe-core over the page as it is, in both themes: no serious or critical violation. */
export async function expectNoSeriousA11yViolations(
  page: Page,
  state: string,
): Promise<void> {
  const found: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    await setTheme(page, theme);
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const v of violations) {
      if (v.impact !== "serious" && v.impact !== "critical") continue;
      const where = v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ");
      found.push(`${state}, ${theme}: ${v.id} (${v.impact}) at ${where}`);
    }
  }
  expect(found).toEqual([]);
}
