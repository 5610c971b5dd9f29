// Bundled by bench/support/store-bundle.ts into the page, so benchmarks drive the app's
// real store code (and idb-keyval itself for the baseline) inside Chromium.
export { createStore, set } from "idb-keyval";
export { createConversationStore } from "../../src/storage/conversation-store";
export { activePath, versionIndex } from "../../src/chat/tree";
