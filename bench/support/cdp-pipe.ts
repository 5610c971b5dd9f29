import type { Readable, Writable } from "node:stream";

/**
 * The Chrome DevTools Protocol over `--remote-debugging-pipe` (fds 3 and 4: JSON messages
 * ended by a NUL byte), with flat sessions. Only what the benches send goes through it, and
 * no domain is enabled unless a bench asks: Chromium then reports nothing on its own.
 */
export class CdpPipe {
  private next = 0;
  private buffered = "";
  private readonly replies = new Map<
    number,
    { resolve(r: unknown): void; reject(e: Error): void }
  >();
  private readonly listeners = new Map<
    string,
    Array<(params: never, sessionId?: string) => void>
  >();
  private closed: Error | undefined;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.setEncoding("utf8");
    fromBrowser.on("data", (chunk: string) => this.receive(chunk));
    fromBrowser.on("close", () => this.fail(new Error("Chromium went away")));
  }

  send<T = unknown>(
    method: string,
    params: object = {},
    sessionId?: string,
  ): Promise<T> {
    if (this.closed) return Promise.reject(this.closed);
    const id = ++this.next;
    this.toBrowser.write(
      JSON.stringify({ id, method, params, sessionId }) + "\0",
    );
    return new Promise<T>((resolve, reject) =>
      this.replies.set(id, {
        resolve: resolve as (r: unknown) => void,
        reject,
      }),
    );
  }

  /** `sessionId` is the session the event came from (none: the browser's). */
  on<P>(
    method: string,
    listener: (params: P, sessionId?: string) => void,
  ): void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener as (params: never, sessionId?: string) => void);
    this.listeners.set(method, list);
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    for (let end = this.buffered.indexOf("\0"); end >= 0;) {
      const message = JSON.parse(this.buffered.slice(0, end)) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
        sessionId?: string;
      };
      this.buffered = this.buffered.slice(end + 1);
      end = this.buffered.indexOf("\0");
      if (message.id === undefined) {
        for (const listener of this.listeners.get(message.method ?? "") ?? [])
          listener(message.params as never, message.sessionId);
        continue;
      }
      const waiting = this.replies.get(message.id);
      this.replies.delete(message.id);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
    }
  }

  private fail(error: Error): void {
    this.closed = error;
    for (const waiting of this.replies.values()) waiting.reject(error);
    this.replies.clear();
  }
}
