import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LoadProgress, PromptMessage } from "../../../src/engine/protocol";
import { createBackend } from "../../../src/worker/scripted-backend";
import { SCRIPTED_REPLY } from "../../../src/worker/scripted-reply";

const MODEL = "Llama-2-7b-chat-hf-q4f32_1-MLC";
const source = (id: string) => ({
  id,
  model: `https://example.test/${id}`,
  modelLib: "https://example.test/lib.wasm",
});
const user = (content: string): PromptMessage[] => [{ role: "user", content }];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function loaded() {
  const backend = createBackend();
  const steps: LoadProgress[] = [];
  const done = backend.load(source(MODEL), (p) => steps.push(p));
  await vi.advanceTimersByTimeAsync(1100);
  await done;
  return { backend, steps };
}

async function run(
  backend: ReturnType<typeof createBackend>,
  content: string,
  ms = 60_000,
) {
  const pieces: Array<{ text: string; at: number }> = [];
  const start = Date.now();
  const done = backend.generate(user(content), {}, (text) =>
    pieces.push({ text, at: Date.now() - start }),
  );
  const settled = done.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return { pieces, result: await settled };
}

describe("the scripted e2e engine", () => {
  it("reports loading in at least 5 steps over about a second, through every phase", async () => {
    const start = Date.now();
    const { steps } = await loaded();
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(Date.now() - start).toBeGreaterThanOrEqual(900);
    expect(new Set(steps.map((s) => s.phase))).toEqual(
      new Set(["fetching", "loading", "compiling"]),
    );
    const fetched = steps.filter((s) => s.phase === "fetching");
    expect(fetched.at(-1)).toMatchObject({ fraction: 1 });
    expect(fetched.at(-1)!.bytesDone).toBe(fetched.at(-1)!.bytesTotal);
  });

  it("refuses a model that is not in the catalog, as web-llm does", async () => {
    const backend = createBackend();
    const done = backend.load(source("No-Such-Model"), () => {});
    await expect(done).rejects.toMatchObject({ name: "ModelNotFoundError" });
  });

  it("answers /prompt with every message it was given, each after its role", async () => {
    const { backend } = await loaded();
    const messages: PromptMessage[] = [
      { role: "system", content: "Be brief.\n\n[a.txt]\nline" },
      { role: "user", content: "hi" },
      { role: "assistant", content: "hello" },
      { role: "user", content: "/prompt what did I attach?" },
    ];
    let text = "";
    const done = backend.generate(messages, {}, (t) => (text += t));
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(text).toBe(
      "system\nBe brief.\n\n[a.txt]\nline\nuser\nhi\nassistant\nhello\nuser\n/prompt what did I attach?",
    );
  });

  it("echoes exactly the rest of an /echo message, newlines kept, 4 characters each 10 ms", async () => {
    const { backend } = await loaded();
    const text = "line one\n  line two\n\nthree ✓";
    const { pieces, result } = await run(backend, `/echo ${text}`);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.slice(0, -1).every((p) => p.text.length === 4)).toBe(true);
    expect(pieces[0].at).toBe(10);
    expect(pieces[1].at - pieces[0].at).toBe(10);
    expect(result).toMatchObject({
      value: { usage: { completionTokens: pieces.length } },
    });
  });

  it("answers anything else with the fixed markdown reply of about 300 tokens", async () => {
    const { backend } = await loaded();
    const { pieces } = await run(backend, "How do I make tea?");
    const reply = pieces.map((p) => p.text).join("");
    expect(reply).toBe(SCRIPTED_REPLY);
    expect(reply.length / 4).toBeGreaterThan(250);
    expect(reply.length / 4).toBeLessThan(400);
    expect(reply).toMatch(/^## /m);
    expect(reply).toMatch(/^- /m);
    expect(reply).toMatch(/^```python$/m);
  });

  it("stops at once when interrupted", async () => {
    const { backend } = await loaded();
    const pieces: string[] = [];
    const done = backend.generate(user("tell me"), {}, (t) => pieces.push(t));
    await vi.advanceTimersByTimeAsync(55);
    backend.interrupt();
    const count = pieces.length;
    await vi.advanceTimersByTimeAsync(1000);
    await done;
    expect(count).toBeGreaterThan(0);
    expect(pieces.length).toBe(count);
  });

  it("fails as web-llm does when the prompt outgrows the context window", async () => {
    const { backend } = await loaded();
    const { result, pieces } = await run(backend, "x".repeat(4 * 5000));
    expect(pieces).toEqual([]);
    expect(result).toMatchObject({
      error: { name: "ContextWindowSizeExceededError" },
    });
  });

  it("needs a loaded model", async () => {
    const { result } = await run(createBackend(), "hello");
    expect(result).toMatchObject({ error: { name: "ModelNotLoadedError" } });
  });

  it("on /fail device-lost streams a few words, then fails and unloads", async () => {
    const { backend } = await loaded();
    const first = await run(backend, "/fail device-lost");
    expect(first.pieces.length).toBeGreaterThan(2);
    expect(first.result).toMatchObject({ error: { name: "DeviceLostError" } });
    const second = await run(backend, "hello");
    expect(second.result).toMatchObject({
      error: { name: "ModelNotLoadedError" },
    });
  });
});
