// Exposes the worker to Playwright: window.bench(op) resolves with the worker's answer.
const worker = new Worker(new URL("./worker.ts", import.meta.url), {
  type: "module",
});
let next = 0;
const waiting = new Map<number, (v: unknown) => void>();
worker.onmessage = (e: MessageEvent<{ id: number; result: unknown }>) => {
  waiting.get(e.data.id)?.(e.data.result);
  waiting.delete(e.data.id);
};
Object.assign(window, {
  bench: (op: unknown) =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      worker.postMessage({ id, op });
    }),
});
