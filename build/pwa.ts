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
      id: "/",
      start_url: "/",
      scope: "/",
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
      globPatterns: ["**/*.{js,css,html,svg,png,webmanifest,wasm}"],
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once, so it works offline without a reload.
      // Updates still wait for "Reload": claiming happens only when a worker activates.
      clientsClaim: true,
      navigateFallback: "index.html",
      runtimeCaching: [],
    },
  });
}
