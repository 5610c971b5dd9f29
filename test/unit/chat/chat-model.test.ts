import { describe, expect, it, vi } from "vitest";
import type { GpuReport } from "../../../src/engine/gpu";
import {
  SWIFTSHADER,
  loadModel,
  openTab,
  useFakeClock,
} from "../support/app-tab";
import { Browser, freshDatabase } from "../support/stores";

useFakeClock();

async function setup(
  gpu: GpuReport = SWIFTSHADER,
  db = freshDatabase(),
  sync = new Browser().tab(),
) {
  return openTab({ gpu, db, sync });
}

async function ready(...args: Parameters<typeof setup>) {
  const s = await setup(...args);
  await loadModel(s.engine);
  return s;
}

describe("EngineModel", () => {
  it("selects Llama 2 7B chat in q4f32_1 on a GPU without shader-f16, saying why", async () => {
    const { engine } = await setup();
    expect(engine.selectedId.value).toBe("Llama-2-7b-chat-hf-q4f32_1-MLC");
    expect(engine.selectionReason.value).toMatch(/shader-f16/);
  });

  it("after a load, holds the model's own sampling defaults for the settings panel", async () => {
    const { engine } = await ready();
    // The scripted engine reports Llama 2 chat's values, as web-llm's config would.
    expect(engine.modelDefaults.value).toEqual({ temperature: 0.6, topP: 0.9 });
  });

  it("keeps the f16 default on a GPU that has shader-f16", async () => {
    const { engine } = await setup({ ...SWIFTSHADER, shaderF16: true });
    expect(engine.selectedId.value).toBe("Llama-2-7b-chat-hf-q4f16_1-MLC");
    expect(engine.selectionReason.value).toBeUndefined();
  });

  it("cannot load without a GPU, and starts no worker", async () => {
    const { engine, workers } = await setup({ kind: "no-webgpu" });
    expect(engine.canLoad.value).toBe(false);
    await engine.load();
    expect(workers).toHaveLength(0);
    expect(engine.status.value.kind).toBe("idle");
  });

  it("goes loading → ready with progress", async () => {
    const { engine } = await setup();
    const loading = engine.load();
    await vi.advanceTimersByTimeAsync(500);
    const status = engine.status.value;
    expect(status.kind).toBe("loading");
    if (status.kind === "loading")
      expect(status.progress.fraction).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(600);
    await loading;
    expect(engine.status.value).toEqual({
      kind: "ready",
      modelId: "Llama-2-7b-chat-hf-q4f32_1-MLC",
    });
  });
});

describe("ChatModel", () => {
  it("refuses to send an empty message or before a model is ready", async () => {
    const { chat } = await setup();
    expect(chat.send("hello")).toBe(false);
    const r = await ready();
    expect(r.chat.send("   \n")).toBe(false);
    expect(r.chat.active.value?.messages).toHaveLength(0);
  });

  it("streams a reply into the streaming signal, then commits it with its speed", async () => {
    const { chat, engine } = await ready();
    expect(chat.send("/echo Hello\nworld")).toBe(true);
    expect(engine.status.value.kind).toBe("generating");
    await vi.advanceTimersByTimeAsync(25);
    expect(chat.streamingText.value).toBe("Hello\nwo");
    await vi.advanceTimersByTimeAsync(100);
    const [user, reply] = chat.active.value!.messages;
    expect(user).toMatchObject({ role: "user", content: "/echo Hello\nworld" });
    expect(reply).toMatchObject({
      role: "assistant",
      content: "Hello\nworld",
      status: "complete",
    });
    expect(reply.usage?.decodeTokensPerSecond).toBeGreaterThan(0);
    expect(chat.streamingId.value).toBeNull();
    expect(engine.status.value.kind).toBe("ready");
    expect(chat.active.value!.title).toBe("/echo Hello");
  });

  it("stops at once, keeping what arrived and nothing after", async () => {
    const { chat, engine } = await ready();
    chat.send("tell me about tea");
    await vi.advanceTimersByTimeAsync(55);
    chat.stop();
    const kept = chat.active.value!.messages[1];
    expect(kept.status).toBe("stopped");
    expect(kept.content.length).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(chat.active.value!.messages[1].content).toBe(kept.content);
    expect(engine.status.value.kind).toBe("ready");
  });

  it("starts a new chat, reusing an untouched one, and keeps the old one", async () => {
    const { chat } = await ready();
    const first = chat.active.value.id;
    chat.newChat();
    expect(chat.active.value.id).toBe(first);
    chat.send("/echo hi");
    await vi.advanceTimersByTimeAsync(100);
    chat.newChat();
    expect(chat.active.value.id).not.toBe(first);
    // The untouched new chat is not saved: the sidebar lists only the one with messages.
    expect(chat.conversations.list.value.map((c) => c.id)).toEqual([first]);
    await chat.conversations.open(first);
    expect(chat.active.value!.messages.map((m) => m.content)).toEqual([
      "/echo hi",
      "hi",
    ]);
  });

  it("on a device loss keeps the partial reply and every message, and Reload model recovers", async () => {
    const { chat, engine } = await ready();
    chat.send("/echo first");
    await vi.advanceTimersByTimeAsync(100);
    chat.send("/fail device-lost");
    await vi.advanceTimersByTimeAsync(1000);
    const messages = chat.active.value!.messages;
    expect(messages).toHaveLength(4);
    expect(messages[3]).toMatchObject({
      status: "failed",
      error: { code: "device-lost" },
    });
    expect(messages[3].content.length).toBeGreaterThan(0);
    expect(engine.status.value).toMatchObject({
      kind: "failed",
      code: "device-lost",
    });

    const reloading = engine.reload();
    await vi.advanceTimersByTimeAsync(1100);
    await reloading;
    expect(engine.status.value.kind).toBe("ready");
    expect(chat.send("/echo again")).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(chat.active.value!.messages).toHaveLength(6);
  });

  it("on a worker crash keeps every message, restarts the worker and tells the user", async () => {
    const { chat, engine, workers } = await ready();
    chat.send("tell me about tea");
    await vi.advanceTimersByTimeAsync(100);
    workers[0].crash("Worker ran out of memory");
    await vi.advanceTimersByTimeAsync(10);
    const reply = chat.active.value!.messages[1];
    expect(reply).toMatchObject({
      status: "failed",
      error: { code: "worker-crashed" },
    });
    expect(reply.content.length).toBeGreaterThan(0);
    // A new worker loads the same model, with no press of Reload model.
    expect(engine.status.value.kind).toBe("loading");
    expect(engine.notice.value).toMatch(/stopped unexpectedly/);
    await vi.advanceTimersByTimeAsync(1100);
    expect(workers).toHaveLength(2);
    expect(engine.status.value).toMatchObject({ kind: "ready" });
    expect(engine.notice.value).toMatch(/was restarted/);
    expect(chat.send("/echo again")).toBe(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(chat.active.value!.messages).toHaveLength(4);

    // A second crash within a minute is left to the user, so a crashing model cannot loop.
    chat.send("more tea");
    await vi.advanceTimersByTimeAsync(100);
    workers[1].crash("Worker ran out of memory again");
    await vi.advanceTimersByTimeAsync(10);
    expect(engine.status.value).toMatchObject({
      kind: "failed",
      code: "worker-crashed",
    });
    expect(workers).toHaveLength(2);
    expect(chat.active.value!.messages).toHaveLength(6);
  });

  it("reports a conversation too long for the context window and keeps the model ready", async () => {
    const { chat, engine } = await ready();
    chat.send("x".repeat(4 * 5000));
    await vi.advanceTimersByTimeAsync(50);
    const reply = chat.active.value!.messages[1];
    expect(reply).toMatchObject({
      status: "failed",
      content: "",
      error: { code: "context-window" },
    });
    expect(engine.status.value.kind).toBe("ready");
    expect(chat.active.value!.messages[0].content).toHaveLength(20_000);
  });
});
