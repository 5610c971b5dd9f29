import { prebuiltAppConfig } from "@mlc-ai/web-llm";
import { describe, expect, it } from "vitest";
import { findEntry, sourceOf, toCatalog } from "../../../src/engine/catalog";
import { HostsModel } from "../../../src/engine/hosts-model";
import {
  asBase,
  checkHostUrl,
  hostLabel,
  mergeHosts,
  parseHostsFile,
  rehost,
} from "../../../src/engine/model-hosts";
import { customEntry } from "../../../src/engine/custom-model";
import { modelBaseUrl } from "../../../src/worker/downloads/layout";

const catalog = toCatalog(prebuiltAppConfig.model_list);
const tiny = findEntry(catalog, "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC")!;

describe("rehost: a built-in model's URLs on a mirror", () => {
  it("replaces only the host part and keeps the whole path of weights and library", () => {
    const e = rehost(tiny, {
      models: "https://mirror.example/hf/",
      libraries: "https://mirror.example/libs/",
    });
    expect(e.modelUrl).toBe(
      "https://mirror.example/hf/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC",
    );
    expect(e.modelLib).toBe(
      "https://mirror.example/libs/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/TinyLlama-1.1B-Chat-v1.0-q4f16_1_cs1k-webgpu.wasm",
    );
    expect(e.host).toBe("mirror.example");
    // web-llm then reads <mirror>/<org>/<repo>/resolve/main/<file>, as on Hugging Face.
    expect(modelBaseUrl(sourceOf(e).model)).toBe(
      "https://mirror.example/hf/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC/resolve/main/",
    );
    // The catalog entry it came from is unchanged.
    expect(tiny.modelUrl).toBe(
      "https://huggingface.co/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC",
    );
  });

  it("joins a base with no trailing slash, or several, with exactly one", () => {
    for (const models of [
      "https://mirror.example/hf",
      "https://mirror.example/hf/",
      "https://mirror.example/hf//",
      "  https://mirror.example/hf  ",
    ])
      expect(rehost(tiny, { models }).modelUrl).toBe(
        "https://mirror.example/hf/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC",
      );
    expect(rehost(tiny, { models: "http://127.0.0.1:8080" }).modelUrl).toBe(
      "http://127.0.0.1:8080/mlc-ai/TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC",
    );
  });

  it("moves weights and library independently", () => {
    const weightsOnly = rehost(tiny, { models: "https://m.example/" });
    expect(weightsOnly.modelUrl.startsWith("https://m.example/mlc-ai/")).toBe(
      true,
    );
    expect(weightsOnly.modelLib).toBe(tiny.modelLib);
    const libOnly = rehost(tiny, { libraries: "https://l.example/x/" });
    expect(libOnly.modelUrl).toBe(tiny.modelUrl);
    expect(libOnly.host).toBe("huggingface.co");
    expect(libOnly.modelLib).toBe(
      "https://l.example/x/mlc-ai/binary-mlc-llm-libs/main/web-llm-models/v0_2_86/base/TinyLlama-1.1B-Chat-v1.0-q4f16_1_cs1k-webgpu.wasm",
    );
  });

  it("leaves models added by hand alone, even on huggingface.co", () => {
    const mine = customEntry(
      {
        modelUrl: "https://huggingface.co/me/My-Model-MLC",
        libraryUrl: "https://raw.githubusercontent.com/me/libs/main/my.wasm",
        name: "Mine",
      },
      { weightBytes: 1 },
      new Set(),
    );
    expect(
      rehost(mine, {
        models: "https://mirror.example/",
        libraries: "https://mirror.example/",
      }),
    ).toBe(mine);
  });

  it("is the identity with no hosts set, and moves every built-in model when set", () => {
    expect(rehost(tiny, {})).toBe(tiny);
    const hosts = {
      models: "https://mirror.example/hf/",
      libraries: "https://mirror.example/libs/",
    };
    for (const e of catalog.map((e) => rehost(e, hosts))) {
      expect(e.modelUrl.startsWith("https://mirror.example/hf/")).toBe(true);
      expect(e.modelLib.startsWith("https://mirror.example/libs/")).toBe(true);
    }
  });
});

describe("the hosts file and the setting's checks", () => {
  it("reads both fields of hearth-hosts.json as bases and ignores what is not a URL", () => {
    expect(
      parseHostsFile({
        models: "https://mirror.example/hf",
        libraries: "ftp://x/",
        other: 1,
      }),
    ).toEqual({ models: "https://mirror.example/hf/" });
    expect(parseHostsFile("nonsense")).toEqual({});
    expect(parseHostsFile(null)).toEqual({});
  });

  it("says in words what is wrong with a host", () => {
    expect(checkHostUrl("Model weights host", "mirror")).toMatch(
      /not a web address/,
    );
    expect(checkHostUrl("Model weights host", "file:///x/")).toMatch(
      /must start with https:\/\//,
    );
    expect(
      checkHostUrl("Model weights host", "https://m.example/?a=1"),
    ).toMatch(/without \? or #/);
    expect(checkHostUrl("Model weights host", "https://m.example/hf")).toBe(
      undefined,
    );
  });

  it("lets the person's own hosts override the file's, field by field", () => {
    expect(
      mergeHosts(
        { models: "https://file/", libraries: "https://file-libs/" },
        { models: "https://own/" },
      ),
    ).toEqual({ models: "https://own/", libraries: "https://file-libs/" });
    expect(asBase("https://a.example")).toBe("https://a.example/");
    expect(hostLabel(undefined, "https://huggingface.co/")).toBe(
      "huggingface.co",
    );
    expect(hostLabel("http://127.0.0.1:8080/hf/", "https://x/")).toBe(
      "127.0.0.1:8080",
    );
  });
});

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

describe("HostsModel", () => {
  const file = (body: unknown, status = 200) =>
    (async () =>
      new Response(JSON.stringify(body), { status })) as typeof fetch;

  it("reads hearth-hosts.json from the app's folder, and remembers it for offline starts", async () => {
    const storage = new MemoryStorage();
    const asked: string[] = [];
    const model = new HostsModel(storage, (async (url: string) => {
      asked.push(url);
      return new Response('{"models":"https://mirror.example/hf/"}');
    }) as typeof fetch);
    await model.loadFile("https://example.com/tools/chat/index.html");
    expect(asked).toEqual(["https://example.com/tools/chat/hearth-hosts.json"]);
    expect(model.hosts.value.models).toBe("https://mirror.example/hf/");

    const offline = new HostsModel(storage, (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch);
    expect(offline.hosts.value.models).toBe("https://mirror.example/hf/");
    await offline.loadFile("https://example.com/tools/chat/");
    expect(offline.hosts.value.models).toBe("https://mirror.example/hf/");
  });

  it("forgets the file once the site answers without it (a 404, an HTML fallback page)", async () => {
    const storage = new MemoryStorage();
    const model = new HostsModel(storage, file({ models: "https://m/" }));
    await model.loadFile("https://example.com/");
    expect(model.hosts.value.models).toBe("https://m/");
    const gone = new HostsModel(storage, file("not found", 404));
    await gone.loadFile("https://example.com/");
    expect(gone.hosts.value).toEqual({});
    const html = new HostsModel(
      storage,
      (async () => new Response("<!doctype html><p>app</p>")) as typeof fetch,
    );
    await html.loadFile("https://example.com/");
    expect(html.hosts.value).toEqual({});
  });

  it("keeps the person's hosts across reloads over the file's, and Reset returns to the file's", async () => {
    const storage = new MemoryStorage();
    const model = new HostsModel(storage, file({ models: "https://file/" }));
    await model.loadFile("https://example.com/");
    model.save({ models: " https://own.example/hf ", libraries: "" });
    expect(model.hosts.value).toEqual({ models: "https://own.example/hf/" });
    const again = new HostsModel(storage, file({ models: "https://file/" }));
    expect(again.hosts.value.models).toBe("https://own.example/hf/");
    again.reset();
    expect(again.hosts.value.models).toBe("https://file/");
    expect(new HostsModel(storage).own.value).toEqual({});
  });
});
