import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import {
  FACT,
  FACT_PAGE,
  FACT_QUESTION,
  passwordPdf,
  reportPdf,
  scannedPdf,
} from "../../fixtures/documents";
import { lastReply, loadModel, log, send } from "../support/app";
import { attach, chips, type FileSpec } from "../support/attachments";
import { storedRecords } from "../support/stored";
import { waitForServiceWorker } from "../support/service-worker";

test("a 40-page PDF is read, indexed and the passage with the answer is sent with its page", async ({
  page,
}) => {
  // Two sessions (before and after a reload), each loading the model and asking.
  test.setTimeout(150_000);
  await loadModel(page);
  await attach(page, {
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: await reportPdf(40),
  });
  await expect(chips(page)).toContainText("report.pdf");
  await expect(chips(page)).toContainText("40 pages");

  await send(page, `/prompt ${FACT_QUESTION}`);
  const reply = await lastReply(page);
  // The engine was given: the documents block, then the question, in that order.
  expect(reply.startsWith("system\n")).toBe(true);
  expect(reply).toContain(FACT);
  expect(reply).toContain(`[report.pdf, page ${FACT_PAGE}]`);
  expect(reply.indexOf(FACT)).toBeLessThan(reply.indexOf(`user\n/prompt`));
  // Passages, not the whole report: most pages' entries are not there.
  const pagesSent = new Set(
    [...reply.matchAll(/\[report\.pdf, page (\d+)\]/g)].map((m) => m[1]),
  );
  expect(pagesSent.size).toBeLessThan(20);
  expect(reply).not.toContain("Entry 2.1:");

  const note = log(page).locator(".sources-note summary").last();
  await expect(note).toContainText(
    /Used \d+ passages? from report\.pdf \(pages? [\d, ]*31/,
  );
  await note.click();
  await expect(log(page).locator(".sources-note").last()).toContainText(FACT);

  // The sidebar search finds the chat by text only its file holds.
  await page
    .getByRole("searchbox", { name: "Search chats" })
    .fill("Entry 2.1:");
  await expect(
    page.getByRole("navigation", { name: "Conversation list" }),
  ).toContainText("report.pdf: ");
  await page.getByRole("searchbox", { name: "Search chats" }).fill("");

  // Kept with the chat: after a reload the chip is on the message and questions still work.
  await page.reload();
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(
    page.getByRole("list", { name: "Files sent with this message" }),
  ).toContainText("report.pdf");
  await send(page, `/prompt ${FACT_QUESTION}`);
  expect(await lastReply(page)).toContain(FACT);
});

test("a small text file is sent whole, and its chip opens the extracted text", async ({
  page,
}) => {
  await loadModel(page);
  const notes = "Shopping list\nflour\nthe hint is mango\neggs\n";
  await attach(page, {
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(notes),
  });
  await expect(chips(page)).toContainText("notes.txt");
  await expect(chips(page)).toContainText("5 lines");
  await chips(page)
    .getByRole("button", { name: /^notes\.txt/ })
    .click();
  const dialog = page.getByRole("dialog", { name: "Text of notes.txt" });
  await expect(dialog).toContainText("the hint is mango");
  await dialog.getByRole("button", { name: "Close" }).click();

  await send(page, "/prompt what is the hint?");
  const reply = await lastReply(page);
  expect(reply).toContain("[notes.txt]");
  for (const line of notes.trim().split("\n")) expect(reply).toContain(line);
  await expect(log(page).locator(".sources-note").last()).toHaveText(
    "Read all of notes.txt",
  );

  // Stored with the chat, and deleted with it.
  const attachmentRecords = async () =>
    (await storedRecords(page))["hearth-attachments"] ?? 0;
  await expect.poll(attachmentRecords).toBe(1);
  await page.getByRole("button", { name: "Delete chat" }).click();
  await expect.poll(attachmentRecords).toBe(0);
});

test("a chip can be removed before sending", async ({ page }) => {
  await loadModel(page);
  await attach(
    page,
    {
      name: "a.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# A\nalpha"),
    },
    { name: "b.csv", mimeType: "text/csv", buffer: Buffer.from("x,y\n1,2") },
  );
  await expect(chips(page).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Remove a.md" }).click();
  await expect(chips(page).getByRole("listitem")).toHaveCount(1);
  await send(page, "/prompt which files?");
  const reply = await lastReply(page);
  expect(reply).toContain("[b.csv]");
  expect(reply).not.toContain("[a.md]");
});

test("each bad file gets its own message and changes nothing", async ({
  page,
}) => {
  // The oversized file goes by path: 21 MB through the protocol is slow on a busy machine.
  const dir = mkdtempSync(join(tmpdir(), "hearth-attach-"));
  const huge = join(dir, "huge.txt");
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024, "a"));
  await loadModel(page);
  await send(page, "/echo before");
  await lastReply(page);
  const before = await storedRecords(page);
  const messagesBefore = await log(page).locator("article").count();

  const cases: Array<{ file: FileSpec | string; message: RegExp }> = [
    {
      file: huge,
      message: /huge\.txt is 21 MB; Hearth reads files up to 20 MB/,
    },
    {
      file: {
        name: "photo.png",
        mimeType: "image/png",
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      },
      message: /photo\.png is not a kind of file Hearth can read/,
    },
    {
      file: {
        name: "scan.pdf",
        mimeType: "application/pdf",
        buffer: await scannedPdf(),
      },
      message: /this PDF is scanned images; Hearth can only read text/,
    },
    {
      file: {
        name: "locked.pdf",
        mimeType: "application/pdf",
        buffer: passwordPdf(),
      },
      message: /locked\.pdf is protected by a password/,
    },
    {
      file: {
        name: "broken.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4\nthis is not really a PDF at all\n"),
      },
      message: /broken\.pdf could not be read as a PDF/,
    },
    {
      file: {
        name: "data.txt",
        mimeType: "text/plain",
        buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 3, 0]),
      },
      message: /data\.txt looks like a binary file, not text/,
    },
  ];
  for (const { file, message } of cases) {
    await attach(page, file);
    await expect(page.getByRole("alert")).toContainText(message);
    await expect(chips(page)).toHaveCount(0);
    await page.getByRole("button", { name: "Dismiss" }).click();
  }
  await expect(log(page).locator("article")).toHaveCount(messagesBefore);
  expect(await storedRecords(page)).toEqual(before);
  rmSync(dir, { recursive: true, force: true });
});

test("after one visit, a PDF is read and asked about with no network", async ({
  page,
  context,
}) => {
  await loadModel(page);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("button", { name: "Load model" }).click();
  await expect(
    page.getByRole("status", { name: "Model status" }),
  ).toContainText("Ready");
  // pdf.js, its worker module and the index come from the service worker's precache.
  await attach(page, {
    name: "report.pdf",
    mimeType: "application/pdf",
    buffer: await reportPdf(40),
  });
  await expect(chips(page)).toContainText("40 pages");
  await send(page, `/prompt ${FACT_QUESTION}`);
  expect(await lastReply(page)).toContain(`[report.pdf, page ${FACT_PAGE}]`);
  await context.setOffline(false);
});
