import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { activePath } from "../../../src/chat/tree";
import type { Conversation } from "../../../src/chat/types";
import { toExportJson, toMarkdown } from "../../../src/transfer/export";
import { canonical } from "../../../src/transfer/import";
import { LIMITS } from "../../../src/transfer/limits";
import { validateExport } from "../../../src/transfer/validate";
import { importFile } from "../../../src/ui/transfer/transfer-actions";
import { conversationsModel, freshDatabase } from "../support/stores";

const sample = (): Conversation[] => [
  {
    id: "c-1",
    title: "Brewing tea",
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_100_000,
    settings: {
      systemPrompt: "Be brief.",
      temperature: 0.7,
      topP: 0.9,
      maxTokens: 256,
    },
    messages: [
      {
        id: "m1",
        role: "user",
        content: "How hot?\nExactly.",
        createdAt: 1_700_000_000_001,
        status: "complete",
        parentId: null,
      },
      {
        id: "m2",
        role: "assistant",
        content: "About 95 °C — 日本茶 cooler. <b>not html</b>",
        createdAt: 1_700_000_000_002,
        status: "complete",
        modelId: "Llama-2-7b-chat-hf-q4f16_1-MLC",
        parentId: "m1",
        usage: {
          promptTokens: 12,
          completionTokens: 30,
          decodeTokensPerSecond: 12.5,
        },
      },
      {
        id: "m3",
        role: "assistant",
        content: "partial",
        createdAt: 1_700_000_000_003,
        status: "failed",
        error: { code: "device-lost", detail: "GPU lost" },
        // A second version of the reply (regenerated), shown on screen.
        parentId: "m1",
      },
    ],
    activeId: "m3",
  },
  {
    id: "c-2",
    title: "Empty one",
    createdAt: 5,
    updatedAt: 6,
    settings: {},
    messages: [],
  },
];

/** A valid export as a plain object, to break in one place per case. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases write wrong types on purpose
type Loose = Record<string, any>;
const validObject = () => JSON.parse(toExportJson(sample())) as Loose;

const withFile = (change: (file: Loose) => void) => {
  const file = validObject();
  change(file);
  return JSON.stringify(file);
};
const firstMessage = (change: (m: Record<string, unknown>) => void) =>
  withFile((f) => change(f.conversations[0].messages[0]));
const firstConversation = (change: (c: Record<string, unknown>) => void) =>
  withFile((f) => change(f.conversations[0]));
/** Edits the file's text where JSON.parse cannot help (keys it would drop, numbers it cannot hold). */
function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`corpus case broken: no ${from}`);
  return text.replace(from, to);
}
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

const CORPUS: Array<[name: string, text: string, reason: RegExp]> = [
  ["not JSON", "{oops", /not valid JSON/],
  ["an empty file", "", /not valid JSON/],
  ["a list at the top", "[]", /The file: must be an object, but it is a list/],
  ["text at the top", '"hello"', /must be an object, but it is text/],
  ["null at the top", "null", /must be an object, but it is empty \(null\)/],
  [
    "another app's format",
    withFile((f) => (f.format = "chatgpt")),
    /not a Hearth export/,
  ],
  ["a future version", withFile((f) => (f.version = 2)), /version 2/],
  [
    "conversations as an object",
    withFile((f) => (f.conversations = { a: 1 })),
    /conversations: must be a list, but it is an object/,
  ],
  [
    "no conversations",
    withFile((f) => delete f.conversations),
    /missing the field “conversations”/,
  ],
  [
    "a conversation that is text",
    withFile((f) => (f.conversations[0] = "hi")),
    /Conversation 1: must be an object, but it is text/,
  ],
  [
    "a numeric id",
    firstConversation((c) => (c.id = 42)),
    /Conversation 1, id: must be text, but it is a number/,
  ],
  [
    "an id with a path in it",
    firstConversation((c) => (c.id = "../../etc/passwd")),
    /id: may hold only letters/,
  ],
  ["an empty id", firstConversation((c) => (c.id = "")), /id: is empty/],
  [
    "a null title",
    firstConversation((c) => (c.title = null)),
    /title: must be text, but it is empty \(null\)/,
  ],
  [
    "a huge title",
    firstConversation((c) => (c.title = "t".repeat(LIMITS.titleChars + 1))),
    /title: is longer than 300 characters/,
  ],
  [
    "a huge message",
    firstMessage((m) => (m.content = "x".repeat(LIMITS.contentChars + 1))),
    /message 1, content: is longer than 1,000,000 characters/,
  ],
  [
    "an image part as content",
    firstMessage(
      (m) =>
        (m.content = { type: "image_url", image_url: "http://evil/x.png" }),
    ),
    /content: must be text, but it is an object/,
  ],
  [
    "a list of parts as content",
    firstMessage((m) => (m.content = [{ type: "text", text: "hi" }])),
    /content: must be text, but it is a list/,
  ],
  [
    "a NUL byte in the text",
    firstMessage((m) => (m.content = "a\u0000b")),
    /not text/,
  ],
  [
    "a broken surrogate in the text",
    firstMessage((m) => (m.content = "a\uD800b")),
    /not text/,
  ],
  [
    "an escape sequence in the title",
    firstConversation((c) => (c.title = "\u001b[31mred")),
    /not text/,
  ],
  [
    "a system role",
    firstMessage((m) => (m.role = "system")),
    /role: must be one of user, assistant/,
  ],
  [
    "a tool role",
    firstMessage((m) => (m.role = "tool")),
    /role: must be one of/,
  ],
  [
    "an unknown status",
    firstMessage((m) => (m.status = "hacked")),
    /status: must be one of/,
  ],
  [
    "a time as text",
    firstMessage((m) => (m.createdAt = "yesterday")),
    /creation time: must be a number, but it is text/,
  ],
  [
    "a negative time",
    firstMessage((m) => (m.createdAt = -5)),
    /creation time: must be between/,
  ],
  [
    "a fractional time",
    firstMessage((m) => (m.createdAt = 1.5)),
    /creation time: must be a whole number/,
  ],
  [
    "an infinite number",
    replaceOnce(
      firstMessage((m) => (m.createdAt = 1)),
      '"createdAt":1,',
      '"createdAt":1e400,',
    ),
    /creation time: must be a number/,
  ],
  [
    "messages as text",
    firstConversation((c) => (c.messages = "hello")),
    /messages: must be a list, but it is text/,
  ],
  [
    "too many messages",
    firstConversation(
      (c) =>
        (c.messages = Array.from(
          { length: LIMITS.messagesPerConversation + 1 },
          () => ({}),
        )),
    ),
    /messages: holds more than 10,000 entries/,
  ],
  [
    "too many conversations",
    withFile(
      (f) =>
        (f.conversations = Array.from(
          { length: LIMITS.conversations + 1 },
          () => ({}),
        )),
    ),
    /conversations: holds more than 10,000 entries/,
  ],
  [
    "__proto__ at the top",
    replaceOnce(
      toExportJson(sample()),
      "{",
      '{"__proto__": {"polluted": true},',
    ),
    /forbidden key “__proto__”/,
  ],
  [
    "__proto__ in a message",
    replaceOnce(
      JSON.stringify(validObject()),
      '"id":"m1"',
      '"__proto__":{"polluted":true},"id":"m1"',
    ),
    /message 1: contains the forbidden key “__proto__”/,
  ],
  [
    "constructor in a message",
    firstMessage((m) =>
      Object.assign(m, { constructor: { prototype: { polluted: true } } }),
    ),
    /forbidden key “constructor”/,
  ],
  [
    "prototype in settings",
    firstConversation(
      (c) =>
        ((c.settings as Record<string, unknown>).prototype = {
          polluted: true,
        }),
    ),
    /settings: contains the forbidden key “prototype”/,
  ],
  [
    "an unknown field",
    firstMessage((m) => (m.html = "<img src=x onerror=alert(1)>")),
    /message 1: has an unknown field “html”/,
  ],
  [
    "deep nesting as content",
    replaceOnce(
      JSON.stringify(validObject()),
      '"content":"How hot?\\nExactly."',
      `"content":${nested(50_000)}`,
    ),
    /content: must be text, but it is a list/,
  ],
  [
    "deep nesting as the whole file",
    nested(100_000),
    /The file: must be an object, but it is a list/,
  ],
  [
    "deep objects as settings",
    firstConversation(
      (c) =>
        (c.settings = JSON.parse(
          '{"temperature":'.repeat(500) + "1" + "}".repeat(500),
        )),
    ),
    /temperature: must be a number, but it is an object/,
  ],
  [
    "a temperature too high",
    firstConversation(
      (c) => ((c.settings as Record<string, unknown>).temperature = 5),
    ),
    /temperature: must be between 0 and 2/,
  ],
  [
    "a temperature as text",
    firstConversation(
      (c) => ((c.settings as Record<string, unknown>).temperature = "hot"),
    ),
    /temperature: must be a number, but it is text/,
  ],
  [
    "a fractional reply length",
    firstConversation(
      (c) => ((c.settings as Record<string, unknown>).maxTokens = 1.5),
    ),
    /maximum reply length: must be a whole number/,
  ],
  [
    "a huge system prompt",
    firstConversation(
      (c) =>
        ((c.settings as Record<string, unknown>).systemPrompt = "s".repeat(
          LIMITS.systemPromptChars + 1,
        )),
    ),
    /system prompt: is longer than 50,000/,
  ],
  [
    "two conversations with one id",
    withFile((f) => (f.conversations[1].id = f.conversations[0].id)),
    /two conversations share one id/,
  ],
  [
    "two messages with one id",
    withFile((f) => (f.conversations[0].messages[1].id = "m1")),
    /two messages share one id/,
  ],
  [
    "usage with text in it",
    withFile((f) => (f.conversations[0].messages[1].usage.promptTokens = "12")),
    /prompt tokens: must be a number, but it is text/,
  ],
  [
    "an unknown error code",
    withFile((f) => (f.conversations[0].messages[2].error.code = "pwned")),
    /error code: must be one of/,
  ],
  [
    "a message whose parent is missing",
    withFile((f) => (f.conversations[0].messages[1].parentId = "gone")),
    /Conversation 1, message 2, parent: names a message \(“gone”\) that is not in this conversation/,
  ],
  [
    "messages whose parents make a loop",
    withFile((f) => {
      const [m1, m2, m3] = f.conversations[0].messages;
      m1.parentId = null;
      m2.parentId = "m3";
      m3.parentId = "m2";
    }),
    /Conversation 1, message 2, parent: makes a loop/,
  ],
  [
    "a loop with no first message",
    withFile((f) => (f.conversations[0].messages[0].parentId = "m2")),
    /Conversation 1, messages: have no first message/,
  ],
  [
    "two roots",
    withFile((f) => (f.conversations[0].messages[1].parentId = null)),
    /Conversation 1, messages: have two roots/,
  ],
  [
    "some messages with a parent and some without",
    withFile((f) => delete f.conversations[0].messages[1].parentId),
    /Conversation 1, messages: some messages name a parent and others do not/,
  ],
  [
    "an active message that is not there",
    firstConversation((c) => (c.activeId = "m9")),
    /Conversation 1, active message: names a message that is not in this conversation/,
  ],
  [
    "a parent that is a number",
    firstMessage((m) => (m.parentId = 7)),
    /message 1, parent: must be text, but it is a number/,
  ],
  [
    "a file over the size cap",
    toExportJson(sample()) + " ".repeat(LIMITS.fileBytes),
    /larger than 50 MB/,
  ],
];

describe("import validator", () => {
  it("has a corpus of at least 30 malformed files", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CORPUS)(
    "refuses %s, saying what is wrong, and changes nothing",
    async (_name, text, reason) => {
      const db = freshDatabase();
      const model = conversationsModel(db);
      await model.addConversations([
        { ...sample()[0], id: "existing", title: "Mine" },
      ]);
      const before = canonical(await db.store.loadAll());

      const result = await importFile(model, new File([text], "chats.json"));
      expect(result.ok).toBe(false);
      expect(result.text).toMatch(/^The file was not imported: /);
      expect(result.text).toMatch(reason);
      expect(result.text).toMatch(/Nothing was changed\.$/);
      expect(canonical(await db.store.loadAll())).toBe(before);
      expect(model.list.value.map((c) => c.id)).toEqual(["existing"]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
    // The size-cap case copies a 50 MB text into a File: 1 s on a quiet machine, over
    // vitest's 5 s default with both cores busy.
    30_000,
  );

  it("accepts a valid export and returns fresh, equal conversations", () => {
    expect(validateExport(toExportJson(sample()))).toEqual(sample());
  });

  it("export then import into another browser gives identical conversations", async () => {
    const a = freshDatabase();
    await conversationsModel(a).addConversations(sample());
    const exported = toExportJson(await a.store.loadAll());

    const b = freshDatabase();
    const model = conversationsModel(b);
    const result = await importFile(model, new File([exported], "chats.json"));
    expect(result).toEqual({ ok: true, text: "Imported 2 chats." });
    const byId = (cs: Conversation[]) =>
      cs.sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(canonical(byId(await b.store.loadAll()))).toBe(
      canonical(byId(sample())),
    );
    expect(JSON.parse(exported).conversations[0].activeId).toBe("m3");

    // Importing the same file again adds nothing; a changed chat with a taken id comes in as a copy.
    expect(await importFile(model, new File([exported], "chats.json"))).toEqual(
      {
        ok: true,
        text: "Imported 0 chats. 2 were already here.",
      },
    );
    const changed = JSON.parse(exported);
    changed.conversations[0].title = "Edited elsewhere";
    await importFile(model, new File([JSON.stringify(changed)], "chats.json"));
    const all = await b.store.loadAll();
    expect(all).toHaveLength(3);
    expect(all.find((c) => c.id === "c-1")?.title).toBe("Brewing tea");
    expect(all.filter((c) => c.title === "Edited elsewhere")).toHaveLength(1);
  });

  it("writes Markdown of the versions on screen, with each message's state", () => {
    const md = toMarkdown(sample());
    expect(md).toContain("# Brewing tea");
    expect(md).toContain("**System prompt**\n\nBe brief.");
    expect(md).toContain("## You\n\nHow hot?\nExactly.");
    expect(md).toContain("## Assistant (failed before finishing)\n\npartial");
    expect(md).not.toContain("About 95");
    expect(md).toContain("# Empty one");
  });

  it("imports a file exported before conversations were trees, as the linear chats it held", async () => {
    const legacy = await readFile(
      new URL("../../fixtures/legacy-v1/export.json", import.meta.url),
      "utf8",
    );
    const db = freshDatabase();
    const model = conversationsModel(db);
    const result = await importFile(model, new File([legacy], "chats.json"));
    expect(result).toEqual({ ok: true, text: "Imported 3 chats." });
    const file = JSON.parse(legacy) as { conversations: Conversation[] };
    for (const c of file.conversations) {
      const stored = (await db.store.load(c.id))!;
      const path = activePath(stored.messages, stored.activeId);
      expect(path.map((m) => m.content)).toEqual(
        c.messages.map((m) => m.content),
      );
      expect(toMarkdown([stored])).toBe(toMarkdown([c]));
    }
  });
});
