import { describe, expect, it } from "vitest";
import type { EngineBackend, Reply } from "../../../src/engine/protocol";
import { createDispatcher } from "../../../src/worker/dispatcher";

const SOURCE = {
  id: "m",
  model: "https://example.test/m",
  modelLib: "https://example.test/m.wasm",
};

/** A backend whose generation streams until interrupted, driven step by step by the test. */
function controllable() {
  let interrupted = false;
  let emit: (text: string) => void = () => {};
  let finish: () => void = () => {};
  const backend: EngineBackend = {
    hasModelInCache: async () => false,
    load: async (_id, onProgress) => {
      onProgress({ phase: "fetching", fraction: 0.5, elapsedSeconds: 0 });
      return { gpuLabel: "test gpu" };
    },
    generate: (_m, _o, onDelta) =>
      new Promise((resolve) => {
        emit = onDelta;
        finish = () =>
          resolve({ usage: { promptTokens: 1, completionTokens: 2 } });
      }),
    interrupt: () => {
      interrupted = true;
    },
  };
  return {
    backend,
    emit: (t: string) => emit(t),
    finish: () => finish(),
    interrupted: () => interrupted,
  };
}

describe("createDispatcher", () => {
  it("loads with progress, then names the request in its reply", async () => {
    const replies: Reply[] = [];
    const { backend } = controllable();
    await createDispatcher(backend, (r) => replies.push(r))({
      type: "load",
      requestId: "a",
      modelId: "m",
      source: SOURCE,
    });
    expect(replies).toEqual([
      {
        type: "progress",
        requestId: "a",
        progress: { phase: "fetching", fraction: 0.5, elapsedSeconds: 0 },
      },
      { type: "loaded", requestId: "a", modelId: "m", gpuLabel: "test gpu" },
    ]);
  });

  it("streams deltas, and on cancel interrupts the backend and drops later deltas", async () => {
    const replies: Reply[] = [];
    const c = controllable();
    const dispatch = createDispatcher(c.backend, (r) => replies.push(r));
    const done = dispatch({
      type: "generate",
      requestId: "g",
      messages: [],
      options: {},
    });
    c.emit("Hel");
    await dispatch({ type: "cancel", requestId: "g" });
    expect(c.interrupted()).toBe(true);
    c.emit("lo");
    c.finish();
    await done;
    expect(replies).toEqual([
      { type: "delta", requestId: "g", text: "Hel" },
      {
        type: "done",
        requestId: "g",
        stopped: true,
        usage: { promptTokens: 1, completionTokens: 2 },
      },
    ]);
  });

  it("ignores a cancel for another request", async () => {
    const c = controllable();
    const dispatch = createDispatcher(c.backend, () => {});
    void dispatch({
      type: "generate",
      requestId: "g",
      messages: [],
      options: {},
    });
    await dispatch({ type: "cancel", requestId: "other" });
    expect(c.interrupted()).toBe(false);
  });

  it("turns a thrown error into a typed failure for that request", async () => {
    const replies: Reply[] = [];
    const backend: EngineBackend = {
      hasModelInCache: async () => false,
      load: async () => {
        throw new TypeError("Failed to fetch");
      },
      generate: async () => ({}),
      interrupt: () => {},
    };
    await createDispatcher(backend, (r) => replies.push(r))({
      type: "load",
      requestId: "x",
      modelId: "m",
      source: SOURCE,
    });
    expect(replies).toEqual([
      {
        type: "failed",
        requestId: "x",
        error: { code: "network", detail: "Failed to fetch" },
      },
    ]);
  });

  it("answers pings", async () => {
    const replies: Reply[] = [];
    await createDispatcher(controllable().backend, (r) => replies.push(r))({
      type: "ping",
      requestId: "p",
    });
    expect(replies).toEqual([{ type: "pong", requestId: "p" }]);
  });
});
