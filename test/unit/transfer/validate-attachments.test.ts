import { describe, expect, it } from "vitest";
import type { Attachment } from "../../../src/attachments/types";
import type { Conversation } from "../../../src/chat/types";
import { toExportJson } from "../../../src/transfer/export";
import { validateExport } from "../../../src/transfer/validate";

const attachment: Attachment = {
  id: "att-1",
  conversationId: "c1",
  name: "report.pdf",
  kind: "pdf",
  mime: "application/pdf",
  size: 1234,
  sha256: "ab".repeat(32),
  pages: 2,
  text: "--- page 1 ---\nalpha\n\n--- page 2 ---\nbeta",
  passages: [
    { id: "p0", text: "alpha", page: 1 },
    { id: "p1", text: "beta", page: 2 },
  ],
  addedAt: 5,
};

const conversation: Conversation = {
  id: "c1",
  title: "About the report",
  createdAt: 1,
  updatedAt: 3,
  settings: {},
  messages: [
    {
      id: "m1",
      role: "user",
      content: "what is on page 2?",
      createdAt: 2,
      status: "complete",
      attachmentIds: ["att-1"],
    },
    {
      id: "m2",
      role: "assistant",
      content: "beta",
      createdAt: 3,
      status: "complete",
      sources: [
        {
          attachmentId: "att-1",
          name: "report.pdf",
          whole: false,
          passages: [{ id: "p1", text: "beta", page: 2 }],
        },
      ],
    },
  ],
  attachments: [attachment],
};

describe("attachments in export files", () => {
  it("come back from an export exactly as they went", () => {
    expect(validateExport(toExportJson([conversation]))).toEqual([
      conversation,
    ]);
  });

  it("a file without attachments still imports, without any", () => {
    const plain: Conversation = { ...conversation, attachments: undefined };
    const back = validateExport(toExportJson([plain]));
    expect(back[0]).not.toHaveProperty("attachments");
  });

  it("a bad attachment is refused, naming where it is", () => {
    const file = JSON.parse(toExportJson([conversation]));
    file.conversations[0].attachments[0].passages[1].page = -3;
    expect(() => validateExport(JSON.stringify(file))).toThrow(
      "Conversation 1, attachments, attachment 1, passage 2, page: must be a whole number, 0 or more",
    );
    const bad = JSON.parse(toExportJson([conversation]));
    bad.conversations[0].messages[1].sources[0].whole = "yes";
    expect(() => validateExport(JSON.stringify(bad))).toThrow(
      "Conversation 1, message 2, source 1, whole: must be true or false",
    );
  });
});

// The parsed export file, spoilt by hand (any: each case reaches where it needs).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Spoil = (file: any) => void;

describe("each refusal of an attachment part, in its words and place", () => {
  const cases: Array<[string, Spoil, string]> = [
    [
      "a missing field",
      (f) => delete f.conversations[0].attachments[0].name,
      "Conversation 1, attachments, attachment 1, name: must be text",
    ],
    [
      "an unknown kind",
      (f) => (f.conversations[0].attachments[0].kind = "docx"),
      "Conversation 1, attachments, attachment 1, kind: must be one of pdf, text",
    ],
    [
      "an id with a slash",
      (f) => (f.conversations[0].attachments[0].id = "a/b"),
      "Conversation 1, attachments, attachment 1, id: may hold only letters, digits, “-” and “_”",
    ],
    [
      "a negative size",
      (f) => (f.conversations[0].attachments[0].size = -1),
      "Conversation 1, attachments, attachment 1, size: must be a whole number, 0 or more",
    ],
    [
      "a hash too long",
      (f) => (f.conversations[0].attachments[0].sha256 = "a".repeat(65)),
      "Conversation 1, attachments, attachment 1, hash: is longer than 64 characters",
    ],
    [
      "a time that is text",
      (f) => (f.conversations[0].attachments[0].addedAt = "now"),
      "Conversation 1, attachments, attachment 1, time added: must be a whole number, 0 or more",
    ],
    [
      "a type that is a number",
      (f) => (f.conversations[0].attachments[0].mime = 3),
      "Conversation 1, attachments, attachment 1, type: must be text",
    ],
    [
      "a passage's first line",
      (f) => (f.conversations[0].attachments[0].passages[0].lineStart = 1.5),
      "Conversation 1, attachments, attachment 1, passage 1, first line: must be a whole number, 0 or more",
    ],
    [
      "passages that are not a list",
      (f) => (f.conversations[0].attachments[0].passages = {}),
      "Conversation 1, attachments, attachment 1, passages: must be a list",
    ],
    [
      "an attachment that is a list",
      (f) => (f.conversations[0].attachments[0] = []),
      "Conversation 1, attachments, attachment 1: must be an object",
    ],
    [
      "a forbidden key",
      (f) =>
        (f.conversations[0].attachments[0] = JSON.parse(
          JSON.stringify(f.conversations[0].attachments[0]).replace(
            "{",
            '{"__proto__":1,',
          ),
        )),
      "Conversation 1, attachments, attachment 1: contains the forbidden key “__proto__”",
    ],
    [
      "two attachments with one id",
      (f) =>
        f.conversations[0].attachments.push(f.conversations[0].attachments[0]),
      "Conversation 1, attachments: two attachments share one id",
    ],
    [
      "too many attachments",
      (f) =>
        (f.conversations[0].attachments = Array(201).fill(
          f.conversations[0].attachments[0],
        )),
      "Conversation 1, attachments: holds more than 200 items",
    ],
    [
      "attachments that are text",
      (f) => (f.conversations[0].attachments = "report.pdf"),
      "Conversation 1, attachments: must be a list",
    ],
    [
      "a message's attachment id that is a number",
      (f) => (f.conversations[0].messages[0].attachmentIds = [7]),
      "Conversation 1, message 1, attachment 1: must be text",
    ],
    [
      "a message's attachment ids that are text",
      (f) => (f.conversations[0].messages[0].attachmentIds = "att-1"),
      "Conversation 1, message 1, attachments: must be a list",
    ],
    [
      "a source without a name",
      (f) => delete f.conversations[0].messages[1].sources[0].name,
      "Conversation 1, message 2, source 1, name: must be text",
    ],
    [
      "a source's attachment that is empty (null)",
      (f) => (f.conversations[0].messages[1].sources[0].attachmentId = null),
      "Conversation 1, message 2, source 1, attachment: must be text",
    ],
    [
      "a source's passage without text",
      (f) => delete f.conversations[0].messages[1].sources[0].passages[0].text,
      "Conversation 1, message 2, source 1, passage 1, text: must be text",
    ],
  ];
  for (const [what, spoil, refusal] of cases)
    it(what, () => {
      const file = JSON.parse(toExportJson([conversation]));
      spoil(file);
      expect(() => validateExport(JSON.stringify(file))).toThrow(refusal);
    });

  it("fields the app sets itself (conversation id, token count) are not taken from the file", () => {
    const file = JSON.parse(toExportJson([conversation]));
    Object.assign(file.conversations[0].attachments[0], {
      conversationId: "someone-else",
      tokens: 1,
      extra: "ignored",
    });
    const [back] = validateExport(JSON.stringify(file));
    expect(back.attachments).toEqual([attachment]);
    expect(back.attachments?.[0]).not.toHaveProperty("tokens");
  });
});
