import { spawn } from "node:child_process";
import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { chromiumArgs, chromiumPath } from "../../test/e2e/support/chromium";
import { CdpPipe } from "./cdp-pipe";

/**
 * Chromium as a person runs it, for the benches that measure the network and storage:
 * launched directly and driven over a CDP pipe that only evaluates scripts. Playwright
 * enables the Network domain on every page and worker, and Chromium then reports every
 * chunk it receives: on a 2-core machine that halved what a plain fetch gets (6 lanes on
 * unshaped loopback: 38 MB/s under Playwright, 65–71 MB/s without; docs/BENCHMARKS.md).
 */
export interface BareTab {
  /** Evaluates `expression` in the page, awaiting a promise; returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** CDP sessions of the page's dedicated workers (attached as they start). */
  readonly workers: string[];
  send<T>(method: string, params: object, sessionId: string): Promise<T>;
  close(): Promise<void>;
}

export interface BareChromium {
  tab(url: string): Promise<BareTab>;
  close(): Promise<void>;
}

interface Evaluated<T> {
  result: { value?: T };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

export async function launchBare(userDataDir: string): Promise<BareChromium> {
  const child = spawn(
    chromiumPath,
    [
      "--headless",
      `--user-data-dir=${userDataDir}`,
      "--remote-debugging-pipe",
      // A tab opened over CDP is not the focused one; a person's tab in use is not slowed.
      "--disable-background-timer-throttling",
      "--disable-renderer-backgrounding",
      "--disable-backgrounding-occluded-windows",
      ...chromiumArgs({ webgpu: false }),
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const cdp = new CdpPipe(
    child.stdio[3] as Writable,
    child.stdio[4] as Readable,
  );
  const exited = once(child, "exit");
  const workersOf = new Map<string, string[]>();
  cdp.on<{ sessionId: string; targetInfo: { type: string } }>(
    "Target.attachedToTarget",
    (e, parent) => {
      if (e.targetInfo.type === "worker" && parent)
        workersOf.get(parent)?.push(e.sessionId);
    },
  );

  return {
    async tab(url) {
      const { targetId } = await cdp.send<{ targetId: string }>(
        "Target.createTarget",
        { url },
      );
      const { sessionId } = await cdp.send<{ sessionId: string }>(
        "Target.attachToTarget",
        { targetId, flatten: true },
      );
      const workers: string[] = [];
      workersOf.set(sessionId, workers);
      await cdp.send(
        "Target.setAutoAttach",
        { autoAttach: true, waitForDebuggerOnStart: false, flatten: true },
        sessionId,
      );
      return {
        workers,
        async evaluate<T>(expression: string) {
          const r = await cdp.send<Evaluated<T>>(
            "Runtime.evaluate",
            { expression, awaitPromise: true, returnByValue: true },
            sessionId,
          );
          if (r.exceptionDetails)
            throw new Error(
              r.exceptionDetails.exception?.description ??
                r.exceptionDetails.text,
            );
          return r.result.value as T;
        },
        send: (method, params, session) => cdp.send(method, params, session),
        close: async () => {
          await cdp.send("Target.closeTarget", { targetId });
        },
      };
    },
    async close() {
      await cdp.send("Browser.close").catch(() => {});
      await exited;
    },
  };
}
