import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { SCOPES } from "../../../src/worker/downloads/layout";
import { put } from "../../../src/worker/downloads/web-llm-db";
import { defaultsOf } from "../../../src/worker/model-defaults";

const bytes = (o: object) => new TextEncoder().encode(JSON.stringify(o)).buffer;

describe("defaultsOf", () => {
  it("reads temperature and top-p from the config web-llm cached, as bytes, at web-llm's URL", async () => {
    // web-llm appends resolve/main/ to a model URL without it (cleanModelUrl).
    await put(
      SCOPES.config,
      "https://models.example/llama/resolve/main/mlc-chat-config.json",
      bytes({ temperature: 0.6, top_p: 0.9, context_window_size: 4096 }),
    );
    expect(
      await defaultsOf({
        id: "llama",
        model: "https://models.example/llama",
        modelLib: "https://models.example/llama.wasm",
      }),
    ).toEqual({ temperature: 0.6, topP: 0.9 });
  });

  it("leaves out what the config lacks or gets wrong, and never throws", async () => {
    await put(
      SCOPES.config,
      "https://models.example/odd/resolve/main/mlc-chat-config.json",
      bytes({ temperature: "hot" }),
    );
    const odd = {
      id: "odd",
      model: "https://models.example/odd",
      modelLib: "x",
    };
    expect(await defaultsOf(odd)).toEqual({});
    await put(
      SCOPES.config,
      "https://models.example/bad/resolve/main/mlc-chat-config.json",
      new TextEncoder().encode("not json").buffer,
    );
    const bad = {
      id: "bad",
      model: "https://models.example/bad",
      modelLib: "x",
    };
    expect(await defaultsOf(bad)).toEqual({});
    const none = {
      id: "none",
      model: "https://models.example/none",
      modelLib: "x",
    };
    expect(await defaultsOf(none)).toEqual({});
  });
});
