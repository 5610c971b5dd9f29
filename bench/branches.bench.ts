import { test } from "@playwright/test";
import { SMOKE, median, recordFigure } from "./support/figures";
import { storeBundle } from "./support/store-bundle";

import type * as StoreEntry from "./support/store-entry";

// Set in the page by the bundle; these names exist only inside page.evaluate.
declare const hearthBench: typeof StoreEntry;

// The store code is injected as an inline script, which the app's CSP forbids.
test.use({ bypassCSP: true });

const MESSAGE =
  "A message of ordinary length about tea and its brewing. ".repeat(8);

test("open a chat of 500 messages with 100 branches, against the same 500 messages in a line", async ({
  page,
}) => {
  await page.goto("/");
  await page.addScriptTag({ content: await storeBundle() });
  const size = SMOKE ? 50 : 500;
  const rounds = SMOKE ? 3 : 41;
  const { tree, line, shown } = await page.evaluate(
    async ({ size, rounds, text }) => {
      const store = hearthBench.createConversationStore(
        hearthBench.createStore("bench-branches", "records"),
      );
      const messages = Array.from({ length: size }, (_, i) => ({
        id: `m${i}`,
        role: i % 2 ? ("assistant" as const) : ("user" as const),
        content: text,
        createdAt: 10 + i,
        status: "complete" as const,
        parentId: i === 0 ? null : `m${i - 1}`,
      }));
      // Every fifth message is a new version of the one before (a regenerated reply or an
      // edited question): same parent, and the conversation goes on from it.
      const branched = messages.map((m, i) =>
        i % 5 === 4 ? { ...m, parentId: messages[i - 1].parentId } : m,
      );
      const chat = (id: string, ms: typeof messages) => ({
        id,
        title: id,
        createdAt: 1,
        updatedAt: 1,
        settings: {},
        activeId: ms[ms.length - 1].id,
        messages: ms,
      });
      await store.putConversations([
        chat("line", messages),
        chat("tree", branched),
      ]);
      // What opening a chat costs: read it, find the path on screen, count versions.
      const open = async (id: string) => {
        const t = performance.now();
        const c = (await store.load(id))!;
        const path = hearthBench.activePath(c.messages, c.activeId);
        const versions = hearthBench.versionIndex(c.messages);
        return { ms: performance.now() - t, shown: path.length, versions };
      };
      const tree: number[] = [];
      const line: number[] = [];
      let shown = 0;
      for (let i = 0; i < rounds; i++) {
        // Alternate, so drift on a shared machine hits both alike.
        const a = await open("tree");
        const b = await open("line");
        tree.push(a.ms);
        line.push(b.ms);
        shown = a.shown;
      }
      return { tree, line, shown };
    },
    { size, rounds, text: MESSAGE },
  );
  recordFigure({
    id: "conversations.open-branched-500",
    title: `Open a chat of ${size} messages with ${size / 5} branches (median)`,
    unit: "ms",
    value: median(tree),
    baseline: {
      title: `a linear chat of the same ${size} messages`,
      value: median(line),
    },
    target: { max: 1.2 },
    notes:
      `${rounds} opens of each, alternating: one IndexedDB read of the chat, its path on ` +
      `screen (${shown} messages in the branched chat) and every message's version count.`,
  });
});
