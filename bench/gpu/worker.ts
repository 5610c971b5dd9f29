import { WebWorkerMLCEngineHandler } from "@mlc-ai/web-llm";

// web-llm's own worker host: the benchmark measures web-llm as shipped, not our protocol.
const handler = new WebWorkerMLCEngineHandler();
self.onmessage = (event: MessageEvent) => handler.onmessage(event);
