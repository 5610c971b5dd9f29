import type {
  EngineBackend,
  Reply,
  Request,
} from "../../../src/engine/protocol";
import { createDispatcher } from "../../../src/worker/dispatcher";

/**
 * A Worker stand-in that runs the real dispatcher in-process, copying messages with
 * structuredClone as postMessage does. `crash()` and `hang()` imitate a dying worker.
 */
export class InProcessWorker {
  onmessage: ((e: MessageEvent<Reply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  hung = false;
  readonly received: Request[] = [];
  private readonly dispatch;

  constructor(backend: EngineBackend) {
    this.dispatch = createDispatcher(backend, (reply) => {
      if (this.terminated || this.hung) return;
      const copy = structuredClone(reply);
      queueMicrotask(() =>
        this.onmessage?.({ data: copy } as MessageEvent<Reply>),
      );
    });
  }

  postMessage(msg: Request): void {
    if (this.terminated || this.hung) return;
    this.received.push(msg);
    void this.dispatch(structuredClone(msg));
  }

  terminate(): void {
    this.terminated = true;
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault: () => {} } as ErrorEvent);
  }

  /** Goes silent, as a worker killed by the browser does: no event, no reply. */
  hang(): void {
    this.hung = true;
  }
}
