import { test, type Page } from "@playwright/test";
import { SMOKE, median, recordFigure } from "./support/figures";
import { storeBundle } from "./support/store-bundle";

import type * as StoreEntry from "./support/store-entry";

// Set in the page by the bundle; these names exist only inside page.evaluate.
declare const hearthBench: typeof StoreEntry;

// The store code is injected as an inline script, which the app's CSP (rightly) forbids;
// this benchmark measures IndexedDB, not the policy.
test.use({ bypassCSP: true });

const MESSAGE =
  "A message of ordinary length about tea and its brewing. ".repeat(8);

async function withStore(page: Page, bundle: string): Promise<void> {
  await page.goto("/");
  await page.addScriptTag({ content: bundle });
}

test("save latency per message, against a raw idb-keyval set of the same record", async ({
  page,
}) => {
  const bundle = await storeBundle();
  await withStore(page, bundle);
  const rounds = SMOKE ? 10 : 300;
  const { save, raw } = await page.evaluate(
    async ({ rounds, text }) => {
      const store = hearthBench.createConversationStore(
        hearthBench.createStore("bench-app", "records"),
      );
      const rawDb = hearthBench.createStore("bench-raw", "records");
      const meta = {
        id: "bench",
        title: "Bench",
        createdAt: 1,
        updatedAt: 1,
        settings: {},
      };
      const save: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const message = {
          id: `m${i}`,
          role: i % 2 ? ("assistant" as const) : ("user" as const),
          content: text,
          createdAt: 10 + i,
          status: "complete" as const,
        };
        // Alternate the two so drift on a shared machine hits both alike.
        let t = performance.now();
        await store.saveMessages({ ...meta, updatedAt: 10 + i }, [message]);
        save.push(performance.now() - t);
        t = performance.now();
        await hearthBench.set(
          ["m", "bench", message.id],
          { ...message, conversationId: "bench" },
          rawDb,
        );
        raw.push(performance.now() - t);
      }
      return { save, raw };
    },
    { rounds, text: MESSAGE },
  );
  recordFigure({
    id: "conversations.save-message",
    title: "Save one message (median)",
    unit: "ms",
    value: median(save),
    baseline: {
      title: "raw idb-keyval set of the same record",
      value: median(raw),
    },
    target: { max: 2 },
    notes:
      `${rounds} messages of ${MESSAGE.length} characters. A save is one readwrite transaction that reads the ` +
      "chat's metadata, merges it (another tab may have renamed it) and writes it with the message; the " +
      "baseline is the least a durable write of that record can cost: one put in its own transaction.",
  });
});

test("first paint with 1,000 stored conversations, against an empty store", async ({
  browser,
}) => {
  const bundle = await storeBundle();
  const conversations = SMOKE ? 20 : 1000;
  const messagesEach = 10;
  const rounds = SMOKE ? 2 : 11;

  const empty = await browser.newContext();
  const full = await browser.newContext();
  const emptyPage = await empty.newPage();
  const fullPage = await full.newPage();
  await emptyPage.goto("/");
  await withStore(fullPage, bundle);
  await fullPage.evaluate(
    async ({ conversations, messagesEach, text }) => {
      const store = hearthBench.createConversationStore();
      const all = Array.from({ length: conversations }, (_, c) => ({
        id: `c${c}`,
        title: `Conversation ${c}`,
        createdAt: c,
        updatedAt: c,
        settings: {},
        messages: Array.from({ length: messagesEach }, (_, m) => ({
          id: `m${m}`,
          role: m % 2 ? ("assistant" as const) : ("user" as const),
          content: text,
          createdAt: c * 100 + m,
          status: "complete" as const,
        })),
      }));
      for (let i = 0; i < all.length; i += 100)
        await store.putConversations(all.slice(i, i + 100));
    },
    { conversations, messagesEach, text: MESSAGE },
  );
  await emptyPage.close();
  await fullPage.close();

  // A new tab each time: a reload would also pay for tearing down the previous page.
  const openTab = async (context: typeof empty) => {
    const page = await context.newPage();
    await page.goto("/");
    const fcp = await firstPaint(page);
    return { page, fcp };
  };
  const firstPaint = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const read = () => {
            const fcp = performance.getEntriesByName(
              "first-contentful-paint",
            )[0];
            if (fcp) resolve(fcp.startTime);
            else requestAnimationFrame(read);
          };
          read();
        }),
    );
  const emptyTimes: number[] = [];
  const fullTimes: number[] = [];
  const listTimes: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const a = await openTab(empty);
    emptyTimes.push(a.fcp);
    await a.page.close();
    const b = await openTab(full);
    fullTimes.push(b.fcp);
    // The sidebar draws the newest 100; the oldest of those marks the list as read.
    const oldestShown = conversations - Math.min(100, conversations);
    await b.page
      .getByRole("button", { name: `Conversation ${oldestShown}`, exact: true })
      .waitFor();
    listTimes.push(await b.page.evaluate(() => performance.now()));
    await b.page.close();
  }
  recordFigure({
    id: "conversations.first-paint-1000",
    title: `First contentful paint, ${conversations.toLocaleString("en")} stored conversations`,
    unit: "ms",
    value: median(fullTimes),
    baseline: { title: "empty store", value: median(emptyTimes) },
    runs: { value: fullTimes, baseline: emptyTimes },
    target: { max: 1.1 },
    notes:
      `${conversations} conversations of ${messagesEach} messages each (${MESSAGE.length} characters a message), ` +
      `${rounds} page loads each in a new tab, alternating. Start-up reads only the conversations' metadata, after the first ` +
      `render; the sidebar showed its first 100 chats ${Math.round(median(listTimes))} ms after navigation (median).`,
  });
  await empty.close();
  await full.close();
});
