// Renders the PWA icons in public/ from one SVG, with Debian's Chromium (no image library,
// nothing downloaded). Run after changing the artwork: `node scripts/render-icons.mjs`.
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";

// The flame of public/favicon.svg, drawn on a 64-unit grid.
const flame =
  '<path d="M32 12c6 9 14 14 14 25a14 14 0 0 1-28 0c0-7 4-11 7-15 1 5 3 7 6 8-2-7-1-12 1-18z" fill="#f59e42"/>' +
  '<path d="M32 34c3 4 6 6 6 10a6 6 0 0 1-12 0c0-4 3-6 6-10z" fill="#ffd38a"/>';

// "any" icons keep the rounded tile; the maskable one fills the square and shrinks the
// flame into the safe zone (the inner 80%), since launchers crop it to their own shape.
const svg = ({ maskable }) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">` +
  (maskable
    ? `<rect width="64" height="64" fill="#3b2a20"/><g transform="translate(9.6 9.6) scale(0.7)">${flame}</g>`
    : `<rect width="64" height="64" rx="14" fill="#3b2a20"/>${flame}`) +
  `</svg>`;

const icons = [
  { file: "pwa-192x192.png", size: 192, maskable: false },
  { file: "pwa-512x512.png", size: 512, maskable: false },
  { file: "maskable-512x512.png", size: 512, maskable: true },
  // iOS draws its own rounded corners and shows transparency as black: fill the square.
  { file: "apple-touch-icon.png", size: 180, maskable: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  for (const { file, size, maskable } of icons) {
    const page = await browser.newPage({
      viewport: { width: size, height: size },
    });
    const body = svg({ maskable }).replace(
      "<svg ",
      `<svg width="${size}" height="${size}" `,
    );
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${body}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(`public/${file}`, png);
    await page.close();
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
