import "fake-indexeddb/auto";
import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { signal, type Signal } from "@preact/signals";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { findEntry, toCatalog } from "../../../src/engine/catalog";
import type { EngineClient } from "../../../src/engine/engine-client";
import { EngineModel } from "../../../src/engine/engine-model";
import { ModelManager } from "../../../src/engine/model-manager";
import type { ModelHosts } from "../../../src/engine/model-hosts";
import { SCOPES } from "../../../src/worker/downloads/layout";
import { writeManifest } from "../../../src/worker/downloads/manifest";

const ID = "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC";
const catalog = toCatalog(prebuiltAppConfig.model_list);

beforeAll(() => {
  // ModelManager.refresh asks whether storage is persisted; Node 20 has no navigator.
  if (typeof navigator === "undefined") vi.stubGlobal("navigator", {});
});

function engineWith(hosts: Signal<ModelHosts>) {
  const client = {} as EngineClient;
  return new EngineModel(catalog, client, {
    probe: async () => ({ kind: "no-webgpu" }),
    hosts,
  });
}

describe("built-in models' sources follow the model hosts", () => {
  it("the catalog signal moves built-in models, and back, as the hosts change", () => {
    const hosts = signal<ModelHosts>({});
    const engine = engineWith(hosts);
    expect(findEntry(engine.catalog, ID)!.host).toBe("huggingface.co");
    hosts.value = { models: "http://127.0.0.1:9/hf/" };
    expect(findEntry(engine.catalog, ID)!.modelUrl).toBe(
      `http://127.0.0.1:9/hf/mlc-ai/${ID}`,
    );
    engine.addModels([
      {
        ...findEntry(catalog, ID)!,
        id: "custom-mine",
        custom: true,
        modelUrl: "https://huggingface.co/me/mine",
      },
    ]);
    expect(findEntry(engine.catalog, "custom-mine")!.modelUrl).toBe(
      "https://huggingface.co/me/mine",
    );
    hosts.value = {};
    expect(findEntry(engine.catalog, ID)!.modelUrl).toBe(
      `https://huggingface.co/mlc-ai/${ID}`,
    );
  });

  it("a model on disk keeps the URLs it was stored under; one not on disk takes the mirror", async () => {
    const hf = `https://huggingface.co/mlc-ai/${ID}/resolve/main/`;
    const lib = findEntry(catalog, ID)!.modelLib;
    await writeManifest({
      modelId: ID,
      files: [
        {
          kind: "config",
          url: hf + "mlc-chat-config.json",
          scope: SCOPES.config,
        },
        { kind: "wasm", url: lib, scope: SCOPES.wasm },
      ],
      totalBytes: 1,
      storedBytes: 1,
      state: "complete",
      updatedAt: 0,
    });
    const hosts = signal<ModelHosts>({
      models: "http://127.0.0.1:9/hf/",
      libraries: "http://127.0.0.1:9/libs/",
    });
    const engine = engineWith(hosts);
    const models = new ModelManager({ client: {} as EngineClient });
    await models.refresh();
    const stored = models.sourceFor(findEntry(engine.catalog, ID)!);
    expect(stored.model).toBe(hf);
    expect(stored.modelLib).toBe(lib);
    const other = models.sourceFor(
      findEntry(engine.catalog, "Llama-3.2-1B-Instruct-q4f16_1-MLC")!,
    );
    expect(other.model).toBe(
      "http://127.0.0.1:9/hf/mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC",
    );
    expect(other.modelLib.startsWith("http://127.0.0.1:9/libs/mlc-ai/")).toBe(
      true,
    );
  });
});
