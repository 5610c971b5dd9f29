import { expect, test, type Page } from "@playwright/test";
import { lastReply, loadModel, replies, send } from "../support/app";

/** Markdown and HTML a hostile or confused model might write. */
const XSS_CORPUS = [
  "<script>window.pwned = 'script'; alert(1)</script>",
  "<img src=x onerror=\"window.pwned = 'img'; alert(1)\">",
  "<body onload=\"window.pwned = 'body'\">",
  "<svg onload=\"window.pwned = 'svg'\"><script>window.pwned = 'svg-script'</script></svg>",
  "<iframe srcdoc=\"<script>parent.pwned = 'srcdoc'</script>\"></iframe>",
  "<a href=\"javascript:window.pwned='a'\">click</a>",
  "[md link](javascript:window.pwned='md')",
  "[entity link](&#106;avascript:window.pwned='entity')",
  "[spaced](  JaVaScRiPt:window.pwned='case')",
  "<javascript:window.pwned='autolink'>",
  "![remote image](https://evil.example/pixel.png)",
  "![data image](data:image/svg+xml,<svg onload=alert(1)>)",
  "<details open ontoggle=\"window.pwned = 'toggle'\">x</details>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "&lt;img src=x onerror=alert(1)&gt; and &#60;script&#62;alert(1)&#60;/script&#62;",
  "<style>@import 'https://evil.example/x.css';</style>",
  "<link rel=stylesheet href=https://evil.example/y.css>",
  "```html\n<script>window.pwned = 'code'</script>\n```",
  "$\\href{javascript:alert(1)}{click}$ and $\\url{javascript:alert(2)}$",
].join("\n\n");

/** Every request the page or its workers make that is not to the app's own origin. */
function recordForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  const note = (url: string) => {
    if (
      !url.startsWith(origin) &&
      !url.startsWith("data:") &&
      !url.startsWith("blob:")
    )
      foreign.push(url);
  };
  page.context().on("request", (r) => note(r.url()));
  page.on("worker", (w) => note(w.url()));
  return foreign;
}

test("an XSS corpus sent through /echo runs nothing, leaves no handler or javascript: URL, and loads nothing remote", async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await loadModel(page);
  await send(page, `/echo ${XSS_CORPUS}`);
  await lastReply(page);
  // Give any late handler (onload, onerror, a lazy chunk) the chance to fire.
  await page.waitForTimeout(1000);

  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as { pwned?: string }).pwned),
  ).toBeUndefined();
  const bad = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
        if (/^\s*(javascript|vbscript|data):/i.test(a.value))
          found.push(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
    const reply = document.querySelectorAll("article.assistant .content");
    const last = reply[reply.length - 1];
    for (const el of last.querySelectorAll(
      // KaTeX's own MathML is fine; a <math> the model wrote is not.
      "script, iframe, svg, img, style, link, object, embed, details, math:not(.katex math)",
    ))
      found.push(`element ${el.tagName}`);
    return found;
  });
  expect(bad).toEqual([]);
  // The corpus is shown as text: the reader can see what the model tried.
  await expect(replies(page).last()).toContainText("<script>window.pwned");
  await expect(
    replies(page).last().getByRole("link", { name: "remote image" }),
  ).toHaveAttribute("href", "https://evil.example/pixel.png");
  expect(foreign).toEqual([]);
});

test("links open in a new tab without an opener", async ({ page }) => {
  await loadModel(page);
  await send(page, "/echo See [the docs](https://example.org/docs) please.");
  await lastReply(page);
  const link = replies(page).last().getByRole("link", { name: "the docs" });
  await expect(link).toHaveAttribute("href", "https://example.org/docs");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
});

test("the default reply renders headings, lists and a highlighted code block with its language", async ({
  page,
}) => {
  await loadModel(page);
  await send(page, "How do I make tea?");
  await lastReply(page);
  const reply = replies(page).last();
  await expect(reply.getByRole("heading", { level: 2 })).toHaveText(
    "Making a good cup of tea",
  );
  await expect(reply.getByRole("heading", { level: 3 })).toHaveText([
    "What you need",
    "Steps",
    "A small script to time it",
  ]);
  await expect(reply.locator("ul > li")).toHaveCount(4);
  await expect(reply.locator("ol > li")).toHaveCount(4);
  await expect(reply.locator(".code-head")).toHaveAttribute(
    "data-lang",
    "python",
  );
  await expect(reply.locator("pre code .hljs-keyword").first()).toHaveText(
    "import",
  );
  await expect(reply.locator("pre code")).toContainText(
    'print("Your tea is ready.',
  );
  await expect(reply.getByRole("button", { name: "Copy code" })).toBeVisible();
});

test("Copy code copies the block's code, by mouse and by keyboard", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: baseURL,
  });
  await loadModel(page);
  const code = 'const greeting = "hi";\n\nconsole.log(greeting);';
  await send(
    page,
    `/echo Here:\n\n\`\`\`js\n${code}\n\`\`\`\n\nand\n\n\`\`\`\nsecond\n\`\`\``,
  );
  await lastReply(page);
  const buttons = replies(page)
    .last()
    .getByRole("button", { name: "Copy code" });
  await expect(buttons).toHaveCount(2);
  await buttons.first().click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(buttons.first()).toHaveAttribute("data-state", "copied");

  await buttons.last().focus();
  await expect(buttons.last()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toBe("second");
});

test("math is typeset by KaTeX, with its fonts from the app itself", async ({
  page,
  baseURL,
}) => {
  const foreign = recordForeignRequests(page, baseURL!);
  await loadModel(page);
  await send(
    page,
    "/echo Pythagoras: $a^2 + b^2 = c^2$.\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$",
  );
  await lastReply(page);
  const reply = replies(page).last();
  await expect(reply.locator(".katex")).toHaveCount(2);
  await expect(reply.locator(".katex-display")).toHaveCount(1);
  await expect(reply.locator("annotation").first()).toHaveText(
    "a^2 + b^2 = c^2",
  );
  expect(foreign).toEqual([]);
});

test("rendering raises no Content-Security-Policy violation under the planned policy", async ({
  page,
}) => {
  // The policy another change adds for real; here it is put on the page by the test.
  const policy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'";
  await page.route("**/*", async (route) => {
    if (route.request().resourceType() !== "document") return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": policy },
    });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
  await loadModel(page);
  await send(
    page,
    "/echo # Title\n\nSome $x^2$ and $$\\sqrt{2}$$ and \\$5.\n\n$$\n\\color{red}{\\frac{a}{b}} \\bad\n$$\n\n```ts\nconst a: number = 1;\n```",
  );
  await lastReply(page);
  await expect(replies(page).last().locator(".katex").first()).toBeVisible();
  await expect(
    replies(page).last().locator(".hljs-keyword").first(),
  ).toBeVisible();
  expect(
    await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    ),
  ).toEqual([]);
});

test("the live region announces each finished reply once, never token by token", async ({
  page,
}) => {
  await loadModel(page);
  await page.evaluate(() => {
    const region = document.querySelector('[aria-live="polite"]')!;
    const heard: string[] = [];
    Object.assign(window, { heard });
    new MutationObserver(() => {
      if (region.textContent) heard.push(region.textContent);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  const heard = () =>
    page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  const first =
    "A reply long enough to stream in several pieces, one after another.";
  await send(page, `/echo ${first}`);
  await lastReply(page);
  await expect.poll(heard).toEqual([first]);
  await send(page, "/echo Second.");
  await lastReply(page);
  await expect.poll(heard).toEqual([first, "Second."]);
});

test("a user's message stays plain text", async ({ page }) => {
  await loadModel(page);
  await send(page, "/echo **not bold** for the user");
  await lastReply(page);
  const mine = page.locator("article.user .content").last();
  await expect(mine).toHaveText("/echo **not bold** for the user");
  await expect(mine.locator("strong")).toHaveCount(0);
  await expect(replies(page).last().locator("strong")).toHaveText("not bold");
});

test("the theme toggle switches light and dark and is remembered", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const toggle = page.getByRole("button", { name: "Dark theme" });
  const background = () =>
    page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
  const light = await background();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  expect(await background()).not.toBe(light);
  await page.reload();
  await expect(
    page.getByRole("button", { name: "Dark theme" }),
  ).toHaveAttribute("aria-pressed", "true");
  expect(await background()).not.toBe(light);
  await page.getByRole("button", { name: "Dark theme" }).press("Enter");
  await expect(
    page.getByRole("button", { name: "Dark theme" }),
  ).toHaveAttribute("aria-pressed", "false");
  expect(await background()).toBe(light);
});

test("the system's dark preference applies until the reader chooses", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect(
    page.getByRole("button", { name: "Dark theme" }),
  ).toHaveAttribute("aria-pressed", "true");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(
    page.getByRole("button", { name: "Dark theme" }),
  ).toHaveAttribute("aria-pressed", "false");
});

test("at 360 px the app fits, the sidebar sits behind a button, and chatting works", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await loadModel(page);
  // The sidebar's own button (a conversation may also be titled "New chat").
  const newChat = page.locator("#sidebar button.new-chat");
  await expect(newChat).toBeHidden();
  const toggle = page.getByRole("button", { name: "Conversations" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(newChat).toBeVisible();
  await expect(newChat).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(newChat).toBeHidden();
  await expect(toggle).toBeFocused();

  await send(
    page,
    "/echo Fits on a phone:\n\n```\na long line of code that is much wider than a phone screen can show at once\n```",
  );
  await lastReply(page);
  const overflow = await page.evaluate(
    () => document.scrollingElement!.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const name of ["Send", "Load model", "Dark theme", "Conversations"]) {
    const box = await page.getByRole("button", { name }).boundingBox();
    expect(box, name).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, name).toBeLessThanOrEqual(360);
  }
});

test("focus goes to the message box when the model is ready and when a reply is stopped", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeFocused();
  await send(page, "Tell me about tea");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("textbox", { name: "Message" })).toBeFocused();
});

test("with reduced motion, nothing blinks or slides", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 360, height: 740 });
  await loadModel(page);
  await send(page, "Tell me about tea");
  const cursor = page.locator(".cursor");
  await expect(cursor).toHaveCount(1);
  expect(
    await cursor.evaluate((el) => getComputedStyle(el).animationName),
  ).toBe("none");
  await page.getByRole("button", { name: "Stop" }).click();
  expect(
    await page.locator("#sidebar").evaluate((el) =>
      getComputedStyle(el)
        .transitionDuration.split(",")
        .every((d) => parseFloat(d) === 0),
    ),
  ).toBe(true);
});
