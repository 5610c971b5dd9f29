/**
 * What the main thread needs to know about the production engine (web-llm), chosen with
 * the worker's backend by build mode (vite.config.ts, `#engine-traits`).
 *
 * web-llm loads only what is already cached, so the download manager fetches a model's
 * files first.
 */
export const usesDownloadManager = true;
