/// <reference lib="webworker" />
// `#engine-backend` is web-llm in production and the scripted engine in the e2e build
// (vite.config.ts picks one by mode), so the test engine never ships in production.
import { createBackend } from "#engine-backend";
import type { Reply, Request } from "../engine/protocol";
import { createDispatcher } from "./dispatcher";
import { DownloadManager } from "./downloads/download-manager";

declare const self: DedicatedWorkerGlobalScope;

const dispatch = createDispatcher(
  createBackend(),
  (reply: Reply) => self.postMessage(reply),
  new DownloadManager(),
);
self.onmessage = (event: MessageEvent<Request>) => void dispatch(event.data);
