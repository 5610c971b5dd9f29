interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** One task the page's main thread ran: when it started (µs, trace clock) and for how long. */
export interface MainThreadTask {
  ts: number;
  /** Thread time in ms (tdur): on a shared machine wall time counts waiting for a core. */
  ms: number;
  /** Wall time in ms (dur). */
  wallMs: number;
}

/**
 * The tasks of the page's main thread from a Chromium trace (category "toplevel"): every
 * ThreadControllerImpl::RunTask on CrRendererMain, not only the long ones. The page's
 * renderer is the busiest main thread in the trace.
 */
export function mainThreadTasks(trace: Buffer): MainThreadTask[] {
  const events = (
    JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }
  ).traceEvents;
  const mains = new Set(
    events
      .filter(
        (e) =>
          e.ph === "M" &&
          e.name === "thread_name" &&
          e.args?.name === "CrRendererMain",
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, MainThreadTask[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (
      e.ph !== "X" ||
      e.name !== "ThreadControllerImpl::RunTask" ||
      !mains.has(key)
    )
      continue;
    const list = byThread.get(key) ?? [];
    list.push({
      ts: e.ts ?? 0,
      ms: (e.tdur ?? e.dur ?? 0) / 1000,
      wallMs: (e.dur ?? 0) / 1000,
    });
    byThread.set(key, list);
  }
  const total = (l: MainThreadTask[]) => l.reduce((n, t) => n + t.ms, 0);
  return [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
}
