import { useSignal } from "@preact/signals";
import { entryLabel } from "../engine/catalog";
import type { EngineModel } from "../engine/engine-model";
import { FIT_LABEL } from "../engine/fit-advisor";

export function ModelPicker({ engine }: { engine: EngineModel }) {
  const showAll = useSignal(false);
  const selected = engine.selected.value;
  const featured = engine.catalog.filter((e) => e.featured);
  const others = engine.catalog.filter((e) => !e.featured);
  const fits = engine.fits.value;
  // Each option says how the model fits this device, so the choice is made before a download.
  const option = (e: (typeof featured)[number]) => {
    const fit = fits.get(e.id);
    return (
      <option key={e.id} value={e.id}>
        {entryLabel(e)}
        {fit ? ` · ${FIT_LABEL[fit.level]}` : ""}
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
