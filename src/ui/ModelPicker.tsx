import { useSignal } from "@preact/signals";
import { entryLabel } from "../engine/catalog";
import type { EngineModel } from "../engine/engine-model";

export function ModelPicker({ engine }: { engine: EngineModel }) {
  const showAll = useSignal(false);
  const selected = engine.selected.value;
  const featured = engine.catalog.filter((e) => e.featured);
  const others = engine.catalog.filter((e) => !e.featured);
  const shaderF16 =
    engine.gpu.value.kind === "ok" && engine.gpu.value.shaderF16;
  const option = (e: (typeof featured)[number]) => {
    const needsF16 = e.requiredFeatures.includes("shader-f16") && !shaderF16;
    return (
      <option key={e.id} value={e.id}>
        {entryLabel(e)}
        {needsF16 ? " · needs shader-f16" : ""}
      </option>
    );
  };
  const status = engine.status.value;
  const loadedHere =
    (status.kind === "ready" || status.kind === "generating") &&
    status.modelId === selected?.id;

  return (
    <div class="model-picker">
      <label class="visually-hidden" for="model-select">
        Model
      </label>
      <select
        id="model-select"
        value={selected?.id}
        onChange={(e) => engine.select(e.currentTarget.value)}
        disabled={status.kind === "loading" || status.kind === "generating"}
      >
        <optgroup label="Llama models">{featured.map(option)}</optgroup>
        {showAll.value || (selected && !selected.featured) ? (
          <optgroup label="All other models">{others.map(option)}</optgroup>
        ) : null}
      </select>
      <label class="switch">
        <input
          type="checkbox"
          checked={showAll.value}
          onChange={(e) => (showAll.value = e.currentTarget.checked)}
        />
        Show all models
      </label>
      <button
        type="button"
        class="primary"
        disabled={!engine.canLoad.value || loadedHere}
        onClick={() => void engine.load()}
      >
        Load model
      </button>
    </div>
  );
}
