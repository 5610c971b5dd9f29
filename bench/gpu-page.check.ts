import { expect, test } from "@playwright/test";
import { runGpuPage } from "./support/gpu-page";

// The GPU page (bench/gpu/, `npm run bench:gpu`) cannot measure anything here: there is no
// real GPU. These check that it is built and that it refuses clearly; the no-WebGPU case is
// in gpu-page-no-webgpu.check.ts (it needs a browser launched without WebGPU).

test("on a GPU without shader-f16 the GPU page names the missing feature", async ({
  page,
}) => {
  // SwiftShader (--enable-unsafe-webgpu) is an adapter without 16-bit float shaders.
  await runGpuPage(page, "?model=Llama-2-7b-chat-hf-q4f16_1-MLC");
  await expect(page.getByRole("alert")).toHaveText(
    "This GPU lacks shader-f16, which Llama-2-7b-chat-hf-q4f16_1-MLC needs. Try its q4f32_1 build instead.",
  );
  await expect(page.getByRole("status")).toHaveText("Stopped.");
});

test("the GPU page rejects a model web-llm does not know", async ({ page }) => {
  await runGpuPage(page, "?model=No-Such-Model");
  await expect(page.getByRole("alert")).toContainText(
    '"No-Such-Model" is not in web-llm\'s prebuilt model list.',
  );
});
