import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EngineClient } from "../../../src/engine/engine-client";
import { createBackend } from "../../../src/worker/scripted-backend";
import { InProcessWorker } from "../support/in-process-worker";

const MODEL = "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC";
const SOURCE = {
  id: MODEL,
  model: "https://example.test/m",
  modelLib: "https://example.test/m.wasm",
};

function setup() {
  const workers: InProcessWorker[] = [];
  const client = new EngineClient(() => {
    const w = new InProcessWorker(createBackend());
    workers.push(w);
    return w as unknown as Worker;
  });
  return { client, workers };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function loadedClient() {
  const s = setup();
  const loading = s.client.load(SOURCE, () => {});
  await vi.advanceTimersByTimeAsync(1100);
  await loading;
  return s;
}

describe("EngineClient", () => {
  it("starts no worker until asked to load", async () => {
    const { client, workers } = setup();
    expect(client.started).toBe(false);
    expect(workers).toHaveLength(0);
    const loading = client.load(SOURCE, () => {});
    expect(workers).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1100);
    await expect(loading).resolves.toEqual({
      gpuLabel: "Scripted test engine",
      defaults: { temperature: 0.6, topP: 0.9 },
    });
  });

  it("passes progress through, and fails a load with the worker's error code", async () => {
    const { client } = setup();
    const phases: string[] = [];
    const ok = client.load(SOURCE, (p) => phases.push(p.phase));
    await vi.advanceTimersByTimeAsync(1100);
    await ok;
    expect(phases.length).toBeGreaterThanOrEqual(5);
    await expect(
      client.load({ ...SOURCE, id: "Nope" }, () => {}),
    ).rejects.toMatchObject({
      name: "EngineError",
      code: "unknown",
    });
  });

  it("streams a generation and cancels it by id", async () => {
    const { client, workers } = await loadedClient();
    let text = "";
    const gen = client.generate(
      [{ role: "user", content: "/echo abcdefghijkl" }],
      {},
      (t) => (text += t),
    );
    await vi.advanceTimersByTimeAsync(25);
    client.cancel(gen.requestId);
    await vi.advanceTimersByTimeAsync(100);
    await expect(gen.done).resolves.toMatchObject({ stopped: true });
    expect(text).toBe("abcdefgh");
    expect(workers[0].received.at(-1)).toEqual({
      type: "cancel",
      requestId: gen.requestId,
    });
  });

  it("fails every request in flight when the worker reports a crash, then starts a fresh one", async () => {
    const { client, workers } = await loadedClient();
    const gen = client.generate(
      [{ role: "user", content: "hello" }],
      {},
      () => {},
    );
    await vi.advanceTimersByTimeAsync(30);
    workers[0].crash("out of memory");
    await expect(gen.done).rejects.toMatchObject({
      code: "worker-crashed",
      message: "out of memory",
    });
    expect(workers[0].terminated).toBe(true);
    const again = client.load(SOURCE, () => {});
    expect(workers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1100);
    await expect(again).resolves.toBeDefined();
  });

  it("presumes a silent worker dead after missed heartbeats", async () => {
    const { client, workers } = await loadedClient();
    const gen = client.generate(
      [{ role: "user", content: "hello" }],
      {},
      () => {},
    );
    const failed = gen.done.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(30);
    workers[0].hang();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(workers[0].terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await failed).toMatchObject({
      code: "worker-crashed",
      message: "The engine stopped responding.",
    });
    expect(workers[0].terminated).toBe(true);
  });

  it("keeps a healthy generation longer than the heartbeat window alive", async () => {
    const { client } = await loadedClient();
    // 6,000 characters at 4 every 10 ms: 15 s, past 5 missed 2 s heartbeats.
    let received = 0;
    const gen = client.generate(
      [{ role: "user", content: `/echo ${"x".repeat(6000)}` }],
      {},
      (t) => {
        received += t.length;
      },
    );
    await vi.advanceTimersByTimeAsync(16_000);
    await expect(gen.done).resolves.toMatchObject({ stopped: false });
    expect(received).toBe(6000);
  });
});
