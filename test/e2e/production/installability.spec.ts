import { expect, test } from "@playwright/test";
import { withPersistentProfile } from "../support/persistent-profile";

// Installability is reported only in a persistent profile; a normal context is incognito
// (REFERENCE.md, "Installability").
test("Chromium finds the app installable, with its manifest and icons", async ({
  baseURL,
}) => {
  await withPersistentProfile(async (page, context) => {
    await page.goto(baseURL + "/");
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);

    const manifest = (await cdp.send("Page.getAppManifest", {})) as {
      errors: unknown[];
      url: string;
      parsed?: {
        name?: string;
        display?: string;
        icons?: Array<{ sizes?: string; purpose?: string }>;
      };
    };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);

    const { installabilityErrors } = await cdp.send(
      "Page.getInstallabilityErrors",
    );
    expect(installabilityErrors).toEqual([]);
    // Chromium offers installation (beforeinstallprompt), so the button appears.
    await expect(
      page.getByRole("button", { name: "Install app" }),
    ).toBeVisible();

    // The icons the manifest names are real PNGs of the sizes it claims.
    for (const [file, size] of [
      ["pwa-192x192.png", 192],
      ["pwa-512x512.png", 512],
      ["maskable-512x512.png", 512],
      ["apple-touch-icon.png", 180],
    ] as const) {
      const dims = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, `/${file}`);
      expect(dims, file).toEqual([size, size]);
    }
  });
});

test("the manifest has what an install needs", async ({ request }) => {
  const manifest = await (await request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({
    name: expect.stringContaining("Hearth"),
    short_name: "Hearth",
    description: expect.any(String),
    // Relative: the app's own folder wherever it is deployed (test/e2e/deploy/).
    start_url: "./",
    scope: "./",
    display: "standalone",
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
  });
  const icons = manifest.icons as Array<{ sizes: string; purpose?: string }>;
  expect(icons).toContainEqual(expect.objectContaining({ sizes: "192x192" }));
  expect(
    icons.filter(
      (i) => i.sizes === "512x512" && (i.purpose ?? "any") === "any",
    ),
  ).toHaveLength(1);
  expect(icons).toContainEqual(
    expect.objectContaining({ sizes: "512x512", purpose: "maskable" }),
  );
  const html = await (await request.get("/")).text();
  expect(html).toMatch(
    /<link rel="apple-touch-icon" href="\.\/apple-touch-icon.png"/,
  );
  expect(html).toMatch(/<link rel="manifest" href="\.\/manifest.webmanifest"/);
});
