import { expect, test } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../test/e2e/support/chromium";
import { WEB_LLM_CHUNKS, runGpuPage } from "./support/gpu-page";

// Without --enable-unsafe-webgpu, Chromium here has no WebGPU adapter at all.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: chromiumArgs({ webgpu: false }),
  },
});

test("without WebGPU the GPU page says so and fetches no web-llm code", async ({
  page,
}) => {
  const requested = await runGpuPage(page);
  await expect(page.getByRole("alert")).toHaveText(
    /^(WebGPU is not available in this browser|This browser has WebGPU but found no GPU adapter), so this benchmark cannot run\./,
  );
  await expect(page.getByRole("status")).toHaveText("Stopped.");
  expect(requested.filter((u) => WEB_LLM_CHUNKS.test(u))).toEqual([]);
});
