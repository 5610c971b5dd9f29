// @vitest-environment jsdom
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { BUILT_IN_PROMPTS } from "../../../src/prompts/built-in";
import { matchPrompts, slashQuery } from "../../../src/prompts/prompt";
import { PromptLibrary } from "../../../src/prompts/prompt-library";
import { deleteAllData } from "../../../src/storage/delete-all-data";
import { createStore } from "../../../src/storage/idb-store";
import {
  createPromptStore,
  type PromptStore,
} from "../../../src/storage/prompt-store";

let n = 0;
const freshStore = () =>
  createPromptStore(createStore(`prompts-test-${++n}`, "prompts"));

describe("the prompt store and library", () => {
  it("adds, edits and deletes the user's prompts, kept across a new library on the same store", async () => {
    const store = freshStore();
    let clock = 1000;
    const library = new PromptLibrary(store, BUILT_IN_PROMPTS, () => clock++);
    await library.load();
    expect(library.all.value).toHaveLength(BUILT_IN_PROMPTS.length);

    expect(
      await library.save({ title: "Greeting", text: "Hello", kind: "message" }),
    ).toBe(true);
    const [added] = library.saved.value;
    expect(added).toMatchObject({
      title: "Greeting",
      text: "Hello",
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(added.id).toMatch(/^[A-Za-z0-9_-]+$/);

    expect(
      await library.save(
        { title: "Hi", text: "Hello", kind: "system" },
        added.id,
      ),
    ).toBe(true);
    const again = new PromptLibrary(store, BUILT_IN_PROMPTS);
    await again.load();
    expect(again.saved.value).toEqual([
      { ...added, title: "Hi", kind: "system", updatedAt: 1001 },
    ]);

    expect(await again.remove(added.id)).toBe(true);
    expect(await store.list()).toEqual([]);
  });

  it("refuses an empty title or text in words, and stores nothing", async () => {
    const store = freshStore();
    const library = new PromptLibrary(store, []);
    expect(
      await library.save({ title: "  ", text: "x", kind: "message" }),
    ).toBe(false);
    expect(library.problem.value).toBe("Give the prompt a title.");
    expect(await library.save({ title: "T", text: "", kind: "message" })).toBe(
      false,
    );
    expect(library.problem.value).toBe("Write the prompt's text.");
    expect(await store.list()).toEqual([]);
  });

  it("says so when the store fails, and keeps the list as it was", async () => {
    const failing: PromptStore = {
      list: async () => [],
      save: () =>
        Promise.reject(
          Object.assign(new Error("full"), { name: "QuotaExceededError" }),
        ),
      saveMany: async () => {},
      remove: async () => {},
    };
    const library = new PromptLibrary(failing, []);
    expect(await library.save({ title: "T", text: "x", kind: "message" })).toBe(
      false,
    );
    expect(library.problem.value).toBe(
      "The prompt could not be saved: this device's storage is full.",
    );
    expect(library.saved.value).toEqual([]);
  });

  it("is cleared by Delete all data", async () => {
    const store = createPromptStore();
    await store.save({
      id: "p1",
      title: "T",
      text: "x",
      kind: "message",
      createdAt: 1,
      updatedAt: 1,
    });
    await deleteAllData();
    expect(await store.list()).toEqual([]);
  });
});

describe("the “/” filter", () => {
  it("starts only at the very start of the box, on one line", () => {
    expect(slashQuery("/sum")).toBe("sum");
    expect(slashQuery("/")).toBe("");
    expect(slashQuery("hi /sum")).toBeUndefined();
    expect(slashQuery("/sum\nmore")).toBeUndefined();
  });

  it("matches title words by their start, never the text", () => {
    const titles = (q: string) =>
      matchPrompts(BUILT_IN_PROMPTS, q).map((p) => p.title);
    expect(titles("summ")).toEqual(["Summarize"]);
    expect(titles("llama2")).toEqual(["Llama 2 default"]);
    expect(titles("llama 2")).toEqual(["Llama 2 default"]);
    // Words of the scripted engine's commands find nothing, so they are sent.
    expect(titles("echo")).toEqual([]);
    expect(titles("prompt")).toEqual([]);
    expect(titles("fail")).toEqual([]);
    expect(titles("helpful")).toEqual([]);
  });
});
