import type { Page } from "@playwright/test";
import { benchOrigin } from "./servers";

/** web-llm's chunks in the GPU page's build: its library, and the worker hosting it. */
export const WEB_LLM_CHUNKS = /\/assets\/(lib|worker)-[^/]*\.js$/;

/** Opens the GPU page (bench/gpu/), presses Run, and returns every URL it requested. */
export async function runGpuPage(page: Page, query = ""): Promise<string[]> {
  const requested: string[] = [];
  page.context().on("request", (r) => requested.push(r.url()));
  await page.goto(`${benchOrigin("gpu")}/${query}`);
  await page.getByRole("button", { name: "Run" }).click();
  return requested;
}
