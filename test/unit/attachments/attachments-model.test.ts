import { describe, expect, it, vi } from "vitest";
import {
  AttachmentsModel,
  roomFor,
} from "../../../src/attachments/attachments-model";
import { planDocuments } from "../../../src/attachments/budget";
import { ingest } from "../../../src/attachments/ingest";
import { PassageIndex } from "../../../src/attachments/retrieval";
import type { AttachmentsWorkerClient } from "../../../src/attachments/worker-client";
import { planContext } from "../../../src/chat/context";
import { ConversationsModel } from "../../../src/chat/conversations-model";
import { addMessage } from "../../../src/chat/conversation";
import type { ChatMessage } from "../../../src/chat/types";
import {
  createAttachmentStore,
  type AttachmentStore,
} from "../../../src/storage/attachment-store";
import { createStore } from "../../../src/storage/idb-store";
import { msg } from "../support/messages";
import { Browser, freshDatabase } from "../support/stores";

const WINDOW = 4096;

/**
 * The worker's own code run in this process: `ingest` reads the file and a PassageIndex
 * ranks, as attachments.worker.ts does, so the model is tested against real results.
 */
function inProcessClient() {
  const index = new PassageIndex();
  const calls = { ingest: 0, rank: 0 };
  const client = {
    async ingest(file: File, id: string) {
      calls.ingest++;
      const doc = await ingest(file, id, () =>
        Promise.reject(new Error("no PDF in these tests")),
      );
      index.add(doc.id, doc.passages);
      return doc;
    },
    async rank(
      query: string,
      attachments: ReadonlyArray<{ id: string }>,
      limit = 60,
    ) {
      calls.rank++;
      return index.rank(
        query,
        attachments.map((a) => a.id),
        limit,
      );
    },
  };
  return {
    calls,
    index,
    factory: async () => client as unknown as AttachmentsWorkerClient,
  };
}

function setup(wrap: (s: AttachmentStore) => AttachmentStore = (s) => s) {
  const db = freshDatabase();
  const store = wrap(
    createAttachmentStore(createStore(`${db.name}-attachments`, "attachments")),
  );
  const conversations = new ConversationsModel(
    db.store,
    db.settings,
    new Browser().tab(),
  );
  const worker = inProcessClient();
  const model = new AttachmentsModel(store, conversations, worker.factory);
  const stop = model.start();
  return { model, store, conversations, worker, stop };
}

const textFile = (text: string, name = "notes.txt") =>
  new File([text], name, { type: "text/plain" });

/** A long report: one line per item, one rare fact far down, over any context window. */
function longReport(): string {
  const lines: string[] = [];
  for (let i = 1; i <= 1500; i++)
    lines.push(
      `Item ${i}: the pump and the valve were checked at the north gate as usual.`,
    );
  lines[1200] =
    "Item 1201: the zeppelin hangar key is kept under the blue owl.";
  return lines.join("\n");
}

describe("AttachmentsModel", () => {
  it("a refused file sets the notice and changes nothing", async () => {
    const { model, store, conversations, worker, stop } = setup();
    const id = conversations.active.value.id;
    await model.add([
      new File([new Uint8Array(10)], "photo.png", { type: "image/png" }),
    ]);
    expect(model.notice.value).toContain("photo.png is not a kind of file");
    // Refused on the page: the worker was never started.
    expect(worker.calls.ingest).toBe(0);
    // A binary file posing as text is refused by the worker's checks.
    await model.add([
      new File([new Uint8Array([0, 1, 2, 0, 0, 255, 0, 3])], "data.txt", {
        type: "text/plain",
      }),
    ]);
    expect(model.notice.value).toContain("data.txt");
    expect(model.pendingFor(id)).toEqual([]);
    expect(model.reading.value).toEqual([]);
    expect(await store.all()).toEqual([]);
    stop();
  });

  it("adds a file as a pending chip, then takePending stores it", async () => {
    const { model, store, conversations, stop } = setup();
    const id = conversations.active.value.id;
    await model.add([textFile("alpha\nbeta\ngamma")]);
    expect(model.notice.value).toBeNull();
    const [chip] = model.pendingFor(id);
    expect(chip).toMatchObject({
      name: "notes.txt",
      kind: "text",
      lines: 3,
      conversationId: id,
      text: "alpha\nbeta\ngamma",
    });
    expect(chip.tokens).toBeGreaterThan(0);
    expect(await store.list(id)).toEqual([]);

    expect(model.takePending(id)).toEqual([chip.id]);
    expect(model.pendingFor(id)).toEqual([]);
    expect(model.storedFor(id)).toEqual([chip]);
    await vi.waitFor(async () => expect(await store.list(id)).toEqual([chip]));
    // Nothing pending: nothing taken, nothing written.
    expect(model.takePending(id)).toEqual([]);
    stop();
  });

  it("prepare sends a document whole when it fits, and asks nothing of the index", async () => {
    const { model, conversations, worker, stop } = setup();
    const id = conversations.active.value.id;
    const question = [msg("u1", "user", "what does the note say?")];
    expect(model.prepare(id, question, {}, WINDOW, [])).toBeNull();
    await model.add([textFile("The spare key is under the blue owl.")]);
    model.takePending(id);
    const turn = await model.prepare(id, question, {}, WINDOW, []);
    expect(turn?.block.text).toContain(
      "[notes.txt]\nThe spare key is under the blue owl.",
    );
    expect(turn?.sources).toEqual([
      expect.objectContaining({ name: "notes.txt", whole: true, passages: [] }),
    ]);
    expect(worker.calls.rank).toBe(0);
    stop();
  });

  it("prepare sends the best passages that fit when the document does not", async () => {
    const { model, conversations, worker, stop } = setup();
    const id = conversations.active.value.id;
    await model.add([textFile(longReport(), "report.txt")]);
    model.takePending(id);
    const question: ChatMessage[] = [
      msg("u1", "user", "Where is the zeppelin hangar key kept?"),
    ];
    const turn = await model.prepare(id, question, {}, WINDOW, []);
    expect(turn).not.toBeNull();
    const [use] = turn!.sources;
    expect(use.whole).toBe(false);
    // The passage with the question's rare terms is among those sent, though far down.
    expect(turn!.block.text).toContain("zeppelin hangar key");
    const withFact = use.passages.find((p) => p.text.includes("zeppelin"));
    expect(withFact?.lineStart).toBeLessThanOrEqual(1201);
    expect(withFact?.lineEnd).toBeGreaterThanOrEqual(1201);
    // Picked best first: the top-ranked passage is sent; the rest fill the budget.
    const ranked = worker.index.rank(
      question[0].content,
      [use.attachmentId],
      60,
    );
    expect(use.passages.map((p) => p.id)).toContain(ranked[0].passageId);
    // Put back in document order, and the budget is respected with room for the reply.
    const lines = use.passages.map((p) => p.lineStart!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const plan = planDocuments(
      model.storedFor(id),
      roomFor(question, {}, WINDOW, []),
    );
    if (plan.mode !== "passages") throw new Error(`planned ${plan.mode}`);
    expect(turn!.block.tokens).toBeLessThanOrEqual(plan.tokens);
    const sent = planContext(question, {}, WINDOW, [], turn!.block);
    expect(sent.usedTokens + sent.reserveTokens).toBeLessThanOrEqual(WINDOW);
    expect(sent.omittedIds).toEqual([]);
    stop();
  });

  it("a deleted chat's attachments are removed, and Undo brings them back", async () => {
    const { model, store, conversations, stop } = setup();
    const chat = conversations.active.value;
    await model.add([textFile("kept with the chat")]);
    const ids = model.takePending(chat.id);
    const message = { ...msg("u1", "user", "hello"), attachmentIds: ids };
    conversations.commit(addMessage(chat, message), [message]);
    await vi.waitFor(() =>
      expect(conversations.list.value.map((c) => c.id)).toContain(chat.id),
    );
    await vi.waitFor(async () =>
      expect(await store.list(chat.id)).toHaveLength(1),
    );

    await conversations.remove(chat.id);
    await vi.waitFor(async () => expect(await store.list(chat.id)).toEqual([]));

    conversations.undo.value!.run();
    await vi.waitFor(async () => {
      const back = await store.list(chat.id);
      expect(back.map((a) => a.id)).toEqual(ids);
      expect(back[0].text).toBe("kept with the chat");
    });
    expect(model.storedFor(chat.id).map((a) => a.id)).toEqual(ids);
    stop();
  });

  it("a file sent before the chat's stored files are read keeps them", async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const { model, store, conversations, stop } = setup((s) => ({
      ...s,
      list: (id) => gate.then(() => s.list(id)),
    }));
    const id = conversations.active.value.id;
    const older = await (
      await inProcessClient().factory()
    ).ingest(textFile("sent last week", "old.txt"), "old-1");
    await store.put(id, [{ ...older, conversationId: id, addedAt: 1 }]);

    await model.add([textFile("sent now", "new.txt")]);
    const [taken] = model.takePending(id);
    release();
    await vi.waitFor(async () =>
      expect((await store.list(id)).map((a) => a.id)).toEqual(["old-1", taken]),
    );
    expect(model.storedFor(id).map((a) => a.id)).toEqual(["old-1", taken]);
    stop();
  });
});
