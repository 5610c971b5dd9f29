import { VitePWA } from "vite-plugin-pwa";

// The engine worker chunk carries web-llm (6.8 MB), far over Workbox's 2 MiB default;
// precache it anyway, or the app could not start a model offline (REFERENCE.md).
const MAX_PRECACHED_FILE = 16 * 1024 * 1024;

/**
 * The service worker and the web app manifest. The service worker precaches the app shell
 * and nothing else: model files come from other origins (or, for custom hosts, any URL) and
 * web-llm keeps them in its own IndexedDB cache, so there is no runtime caching at all and
 * Workbox never answers a request it did not precache.
 */
export function pwa() {
  return VitePWA({
    // Updates wait for the user's "Reload": an open page keeps its own version's chunks.
    registerType: "prompt",
    // The app imports virtual:pwa-register itself; no inline script (CSP).
    injectRegister: false,
    // globPatterns below already lists the icons; listing them twice duplicates entries.
    includeManifestIcons: false,
    manifest: {
      name: "Hearth: private chat",
      short_name: "Hearth",
      description:
        "A private chatbot: Llama runs on your own GPU, in your browser. Nothing leaves your machine.",
      // Relative to the manifest, which sits beside index.html: the app's own folder, wherever
      // it is deployed. No `id`: browsers resolve it against the origin, not the manifest, so
      // any fixed id would give every copy on a host one identity. Left out, the id is the
      // start URL: "/" at the root, as before, and "/hearth/" under /hearth/.
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: "#3b2a20",
      background_color: "#faf8f5",
      icons: [
        { src: "pwa-192x192.png", sizes: "192x192", type: "image/png" },
        { src: "pwa-512x512.png", sizes: "512x512", type: "image/png" },
        {
          src: "maskable-512x512.png",
          sizes: "512x512",
          type: "image/png",
          purpose: "maskable",
        },
      ],
    },
    workbox: {
      // woff2: KaTeX's fonts, so math is typeset offline too. Every browser Hearth runs in
      // (WebGPU) takes woff2, so its .woff and .ttf fallbacks stay out of the precache.
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,wasm,woff2}"],
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
      // Off on purpose: that option deletes every "-precache-" cache whose name contains this
      // worker's scope, and a copy at / has a scope contained in every other copy's
      // (http://host/ is in http://host/one/), so it would delete their precaches. It only
      // migrates Workbox 3 caches, which Hearth never had; each version's stale entries are
      // still dropped from the precache when it activates.
      cleanupOutdatedCaches: false,
      // The first visit's page is controlled at once, so it works offline without a reload.
      // Updates still wait for "Reload": claiming happens only when a worker activates.
      clientsClaim: true,
      // No navigateFallback: the app has no routes of its own, and its folder's URL is served
      // from the precache anyway (Workbox maps ".../" to ".../index.html"). A fallback would
      // answer every navigation in scope with this copy's page, so a copy at / would take over
      // the first visit to another copy at /one/ on the same origin. (The plugin's default
      // is "index.html", so it is switched off here, not just left out.)
      navigateFallback: null,
      runtimeCaching: [],
      // One file. Split out, the runtime is loaded by sw.js's module loader inside a promise,
      // so a failed fetch of it (the network dropping mid-update) does not fail the script:
      // a worker with no handlers at all installs and waits, its "Reload" does nothing, and
      // once it activates the app has no offline copy.
      inlineWorkboxRuntime: true,
    },
  });
}
