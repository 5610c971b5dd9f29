import { expect, test } from "@playwright/test";
import { chooseModel, expectSelectedModel, modelPicker } from "../support/app";

test.describe("with WebGPU on SwiftShader (no shader-f16)", () => {
  test("selects Llama 2 7B chat in q4f32_1 and says why, before fetching anything", async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto("/");
    await expectSelectedModel(page, "Llama-2-7b-chat-hf-q4f32_1-MLC");
    await expect(
      page.getByText(/lacks 16-bit float shaders \(shader-f16\)/),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Load model" }),
    ).toBeEnabled();
    expect(requests.every((u) => u.startsWith(baseURL!))).toBe(true);
  });

  test("shows the adapter in the device panel", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Device", { exact: true }).click();
    await expect(page.locator(".device-panel")).toContainText("google");
    await expect(page.locator(".device-panel")).toContainText("swiftshader");
    await expect(page.locator(".device-panel")).toContainText("Not supported");
  });

  test("picking an f16-only model again swaps in its q4f32_1 build; show all reveals the rest", async ({
    page,
  }) => {
    await page.goto("/");
    await chooseModel(page, "Llama-3.2-1B-Instruct-q4f16_1-MLC");
    // This one needs no shader-f16 in web-llm's records, so it stays as chosen.
    await expectSelectedModel(page, "Llama-3.2-1B-Instruct-q4f16_1-MLC");
    await chooseModel(page, "TinyLlama-1.1B-Chat-v1.0-q4f16_1-MLC");
    await expectSelectedModel(page, "TinyLlama-1.1B-Chat-v1.0-q4f32_1-MLC");
    await modelPicker(page).click();
    const options = page.getByRole("option");
    const before = await options.count();
    await page.getByLabel("Show all models").check();
    expect(await options.count()).toBeGreaterThan(before + 50);
  });
});
