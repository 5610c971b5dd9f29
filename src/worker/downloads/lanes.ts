import type { HostGate } from "./host-gate";

/**
 * Runs `work` over `items` with up to `lanes` at once, in list order: each lane takes the
 * next item when it has finished its last, so what is stored is close to a prefix of the
 * list. The first failure stops every lane; the call settles only once every lane has
 * (nothing of a stopped download is still writing when the caller marks it paused or
 * deletes it), then rethrows that failure, or the caller's abort reason.
 */
export async function runLanes<T>(
  items: readonly T[],
  lanes: number,
  gate: HostGate,
  signal: AbortSignal,
  work: (item: T, lane: number, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const queue = [...items];
  const inner = new AbortController();
  const stop = () => inner.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener("abort", stop, { once: true });
  let failure: { error: unknown } | undefined;
  const empty = () => queue.length === 0;

  const lane = async (index: number) => {
    try {
      for (;;) {
        await gate.ready(index, inner.signal, empty);
        const item = queue.shift();
        if (item === undefined) return;
        await work(item, index, inner.signal);
      }
    } catch (error) {
      failure ??= { error };
      inner.abort(error);
    } finally {
      // A lane held back by the gate must see that the queue may now be empty.
      gate.nudge();
    }
  };
  try {
    await Promise.all(
      Array.from({ length: Math.min(lanes, items.length) }, (_, i) => lane(i)),
    );
  } finally {
    signal.removeEventListener("abort", stop);
  }
  if (signal.aborted) throw signal.reason;
  if (failure) throw failure.error;
}
