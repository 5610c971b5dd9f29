import { findEntry } from "../engine/catalog";
import type { EngineModel } from "../engine/engine-model";
import { formatRate } from "./format";

/** The model and its state, always in view: a glance answers "can I chat now, and how fast?" */
export function StatusChip({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  const name = (id: string) => {
    const e = findEntry(engine.catalog, id);
    return e ? `${e.name} ${e.quantization}` : id;
  };
  const usage = engine.lastUsage.value;
  let text: string;
  switch (status.kind) {
    case "idle":
      text = "No model loaded";
      break;
    case "loading":
      text = `Loading ${name(status.modelId)} · ${Math.floor(status.progress.fraction * 100)}%`;
      break;
    case "ready":
      text = `${name(status.modelId)} · Ready`;
      break;
    case "generating":
      text = `${name(status.modelId)} · Writing…`;
      break;
    case "failed":
      text = `${name(status.modelId)} · Stopped with an error`;
      break;
  }
  return (
    <div
      class={`status-chip status-${status.kind}`}
      role="status"
      aria-label="Model status"
    >
      <span class="dot" aria-hidden="true" />
      <span>{text}</span>
      {usage && status.kind !== "idle" && status.kind !== "loading" ? (
        <span class="rate" title="Decode speed of the last reply">
          {formatRate(usage.decodeTokensPerSecond)} tok/s
        </span>
      ) : null}
    </div>
  );
}
