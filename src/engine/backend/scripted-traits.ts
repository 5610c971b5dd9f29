/**
 * The e2e build's counterpart of webllm-traits.ts (vite.config.ts, `#engine-traits`).
 *
 * The scripted engine simulates its own download, so nothing goes through the download
 * manager before it loads.
 */
export const usesDownloadManager = false;
