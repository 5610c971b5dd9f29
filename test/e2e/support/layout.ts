import { expect, type Page } from "@playwright/test";

export const WIDTHS = [320, 390, 768, 1024, 1280, 1440, 1920];
export const THEMES = ["light", "dark"] as const;

export interface LayoutProblem {
  kind: "overlap" | "clipped" | "horizontal-scroll";
  what: string;
}

/**
 * What is wrong with the page's layout as drawn now: two visible interactive elements
 * whose boxes intersect (each box cut to what its scrolling ancestors show), a button or
 * label whose text is wider than its box (unless shortened with an ellipsis and a tooltip),
 * a horizontal scrollbar. While a modal dialog or
 * the model list is open, only what is inside it counts (it covers the rest on purpose).
 * Boxes are compared directly: elementFromPoint misses a label drawn over a button when
 * the label has pointer-events: none (REFERENCE.md).
 */
export function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: Array<{ kind: string; what: string }> = [];
    const name = (el: Element) => {
      const text = (
        el.getAttribute("aria-label") ??
        (el as HTMLElement).innerText ??
        ""
      )
        .trim()
        .slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : ""} "${text}"`;
    };
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push({
        kind: "horizontal-scroll",
        what: `page is ${root.scrollWidth}px wide in ${root.clientWidth}px`,
      });

    const layer =
      document.querySelector("dialog[open]") ??
      document.querySelector(".model-popover") ??
      document.body;
    const selector =
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="combobox"], [role="option"], [role="button"], [tabindex]:not([tabindex="-1"])';
    const visibleBox = (el: Element): DOMRect | null => {
      // Also false inside a closed <details>, whose content Chromium keeps laid out.
      if (
        !el.checkVisibility({
          visibilityProperty: true,
          opacityProperty: false,
        })
      )
        return null;
      let r = el.getBoundingClientRect();
      // Visually hidden text (1px, clipped) is for screen readers, not drawn.
      if (r.width <= 1 || r.height <= 1) return null;
      let left = r.left,
        top = r.top,
        right = r.right,
        bottom = r.bottom;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
          const c = p.getBoundingClientRect();
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
      }
      right = Math.min(right, innerWidth);
      bottom = Math.min(bottom, innerHeight);
      if (right - left <= 1 || bottom - top <= 1) return null;
      r = new DOMRect(left, top, right - left, bottom - top);
      return r;
    };
    const items = [...layer.querySelectorAll(selector)]
      .map((el) => ({ el, box: visibleBox(el) }))
      .filter((x): x is { el: Element; box: DOMRect } => x.box !== null)
      // The scrolling conversation is itself focusable; what is inside it is what counts.
      .filter((x) => x.el.getAttribute("role") !== "log");
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i],
          b = items[j];
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w =
          Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h =
          Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 0.5 && h > 0.5)
          problems.push({
            kind: "overlap",
            what: `${name(a.el)} and ${name(b.el)} overlap by ${w.toFixed(1)}×${h.toFixed(1)}px`,
          });
      }
    }
    for (const el of layer.querySelectorAll<HTMLElement>(
      'button, label, summary, [role="combobox"], [role="option"]',
    )) {
      if (!visibleBox(el)) continue;
      // Shortened on purpose: an ellipsis, with the whole text in its tooltip.
      const shortened =
        getComputedStyle(el).textOverflow === "ellipsis" && el.title !== "";
      if (!shortened && el.scrollWidth > el.clientWidth + 1)
        problems.push({
          kind: "clipped",
          what: `${name(el)}: text ${el.scrollWidth}px in ${el.clientWidth}px`,
        });
    }
    return problems as Array<{
      kind: "overlap" | "clipped" | "horizontal-scroll";
      what: string;
    }>;
  });
}

export async function setTheme(page: Page, theme: "light" | "dark") {
  await page.evaluate((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
}

/** Every width, both themes: the page as it is now has no layout problem. */
export async function expectCleanLayout(page: Page, state: string) {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    // A resize can start transitions (the drawer slides away below 720 px): measure
    // where things come to rest.
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => !(a instanceof CSSTransition) || a.playState !== "running",
        ),
    );
    for (const theme of THEMES) {
      await setTheme(page, theme);
      for (const p of await layoutProblems(page))
        found.push(`${state} at ${width}px, ${theme}: ${p.kind}: ${p.what}`);
    }
  }
  expect(found).toEqual([]);
}
