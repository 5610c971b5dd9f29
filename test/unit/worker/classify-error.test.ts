import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { DiskFullError } from "../../../src/worker/downloads/storage-failure";
import { classifyError } from "../../../src/worker/classify-error";

function named(name: string, message = "boom"): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

describe("classifyError", () => {
  it.each([
    ["WebGPUNotAvailableError", "no-adapter"],
    ["WebGPUNotFoundError", "no-adapter"],
    ["ShaderF16SupportError", "shader-f16"],
    ["DeviceLostError", "device-lost"],
    ["ModelNotLoadedError", "not-loaded"],
    ["ContextWindowSizeExceededError", "context-window"],
  ])("maps web-llm's %s to %s", (name, code) => {
    expect(classifyError(named(name, "words")).code).toBe(code);
    expect(classifyError(named(name, "words")).detail).toBe("words");
  });

  it("maps a full disk to quota, in words and never by the exception's name (issue 21)", () => {
    for (const err of [
      named(
        "QuotaExceededError",
        "QuotaExceededError: The quota has been exceeded.",
      ),
      new Error("DOMException: QuotaExceededError: no room"),
    ]) {
      const failure = classifyError(err);
      expect(failure.code).toBe("quota");
      expect(failure.detail).toMatch(/could not store more/);
      expect(failure.detail).not.toMatch(/Error|DOMException/);
    }
  });

  it("maps a download stopped by a full disk to disk-full, with the bytes stored", () => {
    const failure = classifyError(new DiskFullError(160, 384));
    expect(failure).toMatchObject({
      code: "disk-full",
      bytes: { stored: 160, total: 384 },
    });
  });

  it("maps failed fetches to a network error", () => {
    expect(classifyError(new TypeError("Failed to fetch")).code).toBe(
      "network",
    );
    expect(
      classifyError(new Error("Cannot fetch https://x/y err= TypeError")).code,
    ).toBe("network");
  });

  it("maps quota text inside other errors", () => {
    expect(
      classifyError(new Error("DOMException: QuotaExceededError: no room"))
        .code,
    ).toBe("quota");
  });

  it("maps a model library that fails to compile", () => {
    const err = named(
      "CompileError",
      "WebAssembly.instantiate(): expected magic word",
    );
    expect(classifyError(err).code).toBe("model-library");
  });

  it("keeps anything else as unknown, with its words", () => {
    expect(classifyError("weird")).toEqual({
      code: "unknown",
      detail: "weird",
    });
    expect(classifyError(new Error(""))).toEqual({
      code: "unknown",
      detail: "Error",
    });
  });

  it("knows error classes that web-llm 0.2.86 really defines", () => {
    const require = createRequire(import.meta.url);
    const dts = readFileSync(
      require.resolve("@mlc-ai/web-llm").replace(/index\.js$/, "error.d.ts"),
      "utf8",
    );
    for (const name of [
      "WebGPUNotAvailableError",
      "ShaderF16SupportError",
      "DeviceLostError",
      "ModelNotLoadedError",
      "ContextWindowSizeExceededError",
    ]) {
      expect(dts).toContain(`class ${name} `);
    }
  });
});
