// pdfjs-dist ships no types for its worker module; it is imported only for its side effect
// (setting globalThis.pdfjsWorker), see pdf.ts.
declare module "pdfjs-dist/build/pdf.worker.mjs";
