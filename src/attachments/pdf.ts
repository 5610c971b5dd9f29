import { AttachError } from "./types";

/**
 * A PDF's text layer, page by page, with pdf.js. This runs inside the attachments worker,
 * so pdf.js's own "worker" is set up in the same thread: importing pdf.worker.mjs first
 * sets `globalThis.pdfjsWorker`, which pdf.js then uses instead of starting a worker from
 * a URL (no blob: worker, no CDN: the CSP's worker-src 'self' holds, and both modules are
 * chunks of this app that the service worker precaches).
 */
export async function extractPdfPages(
  bytes: Uint8Array,
  name: string,
): Promise<string[]> {
  await import("pdfjs-dist/build/pdf.worker.mjs");
  const pdfjs = await import("pdfjs-dist");
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Nothing is fetched: no CMaps, fonts or wasm from anywhere.
    useWorkerFetch: false,
    stopAtErrors: false,
  });
  try {
    const doc = await task.promise.catch((e: unknown) => {
      throw pdfError(e, name);
    });
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      // Items on a new baseline start a new line even when pdf.js did not mark an EOL
      // (PDF writers that draw line by line, pdf-lib among them).
      let text = "";
      let lastY: number | undefined;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const y = item.transform[5] as number;
        if (lastY !== undefined && y !== lastY && !text.endsWith("\n"))
          text += "\n";
        text += item.str + (item.hasEOL ? "\n" : "");
        lastY = y;
      }
      pages.push(text);
      page.cleanup();
    }
    if (pages.every((p) => p.trim() === "")) {
      throw new AttachError("scanned-pdf", { name });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

function pdfError(e: unknown, name: string): AttachError {
  const kind = (e as { name?: string } | null)?.name;
  if (kind === "PasswordException") {
    return new AttachError("password-pdf", { name });
  }
  return new AttachError("corrupt-pdf", { name });
}
