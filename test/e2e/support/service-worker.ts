import type { Page } from "@playwright/test";

/** Waits until a service worker controls the page (the app shell is then precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return (
        registration.active?.state === "activated" &&
        navigator.serviceWorker.controller !== null
      );
    },
    undefined,
    { timeout: 30_000 },
  );
}
