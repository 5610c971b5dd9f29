import type { InitProgressReport } from "@mlc-ai/web-llm";
import type { LoadProgress } from "../engine/protocol";

const MB = 1024 * 1024;
// web-llm 0.2.86 reports load progress only as text (lib/index.js, fetchTensorCache and
// the shader loader); these are the shapes it prints.
const FETCHING = /^Fetching param cache\[\d+\/\d+\]: (\d+)MB fetched/;
const LOADING = /^Loading model from cache\[\d+\/\d+\]: (\d+)MB loaded/;
const SHADERS = /^Loading GPU shader modules\[/;
const FINISHED = /^Finish loading on (.*)$/s;

/** Turns one of web-llm's progress reports into our typed progress, with bytes where it has them. */
export function parseProgress(
  report: InitProgressReport,
): LoadProgress | { finishedOn: string } {
  const { text, progress, timeElapsed } = report;
  const fraction = Math.min(
    1,
    Math.max(0, Number.isFinite(progress) ? progress : 0),
  );
  const withBytes = (
    phase: LoadProgress["phase"],
    mb: string,
  ): LoadProgress => {
    const bytesDone = Number(mb) * MB;
    const bytesTotal =
      fraction > 0 ? Math.round(bytesDone / fraction) : undefined;
    return {
      phase,
      fraction,
      bytesDone,
      bytesTotal,
      elapsedSeconds: timeElapsed,
    };
  };
  const finished = FINISHED.exec(text);
  if (finished) return { finishedOn: finished[1].trim() };
  const fetching = FETCHING.exec(text);
  if (fetching) return withBytes("fetching", fetching[1]);
  const loading = LOADING.exec(text);
  if (loading) return withBytes("loading", loading[1]);
  if (SHADERS.test(text))
    return { phase: "compiling", fraction, elapsedSeconds: timeElapsed };
  if (text.startsWith("Start to fetch params")) {
    return { phase: "fetching", fraction: 0, elapsedSeconds: timeElapsed };
  }
  return { phase: "starting", fraction, elapsedSeconds: timeElapsed };
}
