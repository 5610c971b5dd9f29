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
