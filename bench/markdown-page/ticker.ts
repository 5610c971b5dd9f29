/// <reference lib="webworker" />

/**
 * Sends `pieces` empty messages, `perSecond` a second, paced by the clock. It runs in a
 * worker, as the engine does, so the page's main thread runs only what the app's would: one
 * message task per token, and none of the pacing timers.
 */
self.onmessage = (e: MessageEvent<{ pieces: number; perSecond: number }>) => {
  const { pieces, perSecond } = e.data;
  const started = performance.now();
  let sent = 0;
  const tick = () => {
    const due = Math.min(
      pieces,
      Math.floor(((performance.now() - started) * perSecond) / 1000) + 1,
    );
    for (; sent < due; sent++) self.postMessage(null);
    if (sent < pieces)
      setTimeout(
        tick,
        Math.max(0, started + (sent * 1000) / perSecond - performance.now()),
      );
  };
  tick();
};
