import { describe, expect, it } from "vitest";
import { toExportJson } from "../../../src/transfer/export";
import { planPromptImport } from "../../../src/transfer/import-prompts";
import {
  validateExport,
  validateExportFile,
} from "../../../src/transfer/validate";

const prompt = {
  id: "p1",
  title: "Greeting",
  text: "Hello",
  kind: "message",
  createdAt: 1,
  updatedAt: 2,
};
const file = (prompts: unknown) =>
  JSON.stringify({
    format: "hearth.conversations",
    version: 1,
    conversations: [],
    prompts,
  });

describe("saved prompts in an export file", () => {
  it("round-trips through export, and a file without them still imports", () => {
    const json = toExportJson([], new Date(0), [prompt as never]);
    expect(validateExportFile(json).prompts).toEqual([prompt]);
    const old = toExportJson([], new Date(0));
    expect(JSON.parse(old)).not.toHaveProperty("prompts");
    expect(validateExportFile(old).prompts).toEqual([]);
    expect(validateExport(old)).toEqual([]);
  });

  it.each([
    [{ ...prompt, extra: 1 }, "Saved prompt 1: has an unknown field “extra”"],
    [{ ...prompt, title: "" }, "Saved prompt 1, title: is empty"],
    [
      { ...prompt, kind: "tool" },
      "Saved prompt 1, kind: must be one of message, system",
    ],
    [
      { ...prompt, id: "a b" },
      "Saved prompt 1, id: may hold only letters, digits, “-” and “_” (1 to 128 of them)",
    ],
    [
      { ...prompt, text: "bad\u0000" },
      "Saved prompt 1, text: contains characters that are not text (control characters or broken Unicode)",
    ],
    [
      { ...prompt, createdAt: -1 },
      "Saved prompt 1, creation time: must be a time (a whole number from 0)",
    ],
    ["hi", "Saved prompt 1: must be an object"],
  ])("refuses %j, naming where", (bad, message) => {
    expect(() => validateExportFile(file([bad]))).toThrow(message);
  });

  it("refuses a non-list, too many, and two with one id", () => {
    expect(() => validateExportFile(file({}))).toThrow(
      "The file's saved prompts: must be a list",
    );
    expect(() => validateExportFile(file(Array(1001).fill(prompt)))).toThrow(
      "holds more than 1,000 entries",
    );
    expect(() => validateExportFile(file([prompt, prompt]))).toThrow(
      "two prompts share one id",
    );
  });

  it("imports new prompts, skips ones already here, and copies a changed one under a new id", () => {
    const changed = { ...prompt, text: "Hi" };
    const other = { ...prompt, id: "p2" };
    const plan = planPromptImport(
      [prompt as never, changed as never, other as never],
      [prompt as never],
    );
    expect(plan.alreadyHere).toBe(1);
    expect(plan.toWrite).toHaveLength(2);
    expect(plan.toWrite[0]).toMatchObject({ text: "Hi" });
    expect(plan.toWrite[0].id).not.toBe("p1");
    expect(plan.toWrite[1]).toEqual(other);
  });
});
