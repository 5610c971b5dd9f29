import type { EngineModel } from "../../engine/engine-model";
import type { LoadProgress as Progress } from "../../engine/protocol";
import { formatBytes, formatDuration } from "../kit/format";

const PHASES: Record<Progress["phase"], string> = {
  starting: "Starting the engine",
  fetching: "Downloading the model",
  loading: "Loading into the GPU",
  compiling: "Compiling shaders",
};

export function describeProgress(p: Progress): string {
  const percent = `${Math.floor(p.fraction * 100)}%`;
  const bytes =
    p.bytesDone !== undefined && p.bytesTotal
      ? `${formatBytes(p.bytesDone)} of ${formatBytes(p.bytesTotal)} · `
      : "";
  const speed =
    p.bytesPerSecond && p.bytesPerSecond > 0
      ? ` · ${formatBytes(p.bytesPerSecond)}/s`
      : "";
  const left =
    p.secondsLeft !== undefined
      ? ` · ${formatDuration(p.secondsLeft)} left`
      : "";
  return `${PHASES[p.phase]}: ${bytes}${percent}${speed}${left}`;
}

export function LoadProgress({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  if (status.kind !== "loading") return null;
  const p = status.progress;
  const text = describeProgress(p);
  return (
    <div class="load-progress">
      <div
        class="bar"
        role="progressbar"
        aria-label="Model loading"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.floor(p.fraction * 100)}
        aria-valuetext={text}
      >
        <div class="fill" style={{ width: `${p.fraction * 100}%` }} />
      </div>
      <p class="load-text">
        {text}
        {p.elapsedSeconds > 0 ? ` · ${p.elapsedSeconds} s` : ""}
      </p>
    </div>
  );
}
