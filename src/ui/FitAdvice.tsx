import { entryLabel } from "../engine/catalog";
import type { EngineModel } from "../engine/engine-model";
import { FIT_LABEL } from "../engine/fit-advisor";

/**
 * The fit advisor's word on the chosen model, and its suggestion for this device, under
 * the model chooser. The user can always load what they chose; the risk is stated.
 */
export function FitAdvice({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  // Once a model runs, or while a failure notice offers its own way out, it would be noise.
  if (status.kind !== "idle" && status.kind !== "loading") return null;
  const selected = engine.selected.value;
  const fit = engine.selectedFit.value;
  const suggestion = engine.suggestion.value;
  if (!selected || !fit) return null;
  const suggestOther = suggestion && suggestion.entry.id !== selected.id;
  const busy = status.kind === "loading";
  return (
    <section
      class={`notice fit-advice fit-${fit.level}`}
      aria-label="Device fit"
    >
      <p>
        <strong>
          {entryLabel(selected)} · {FIT_LABEL[fit.level]}
        </strong>
        {fit.level === "runs-well"
          ? `: ${fit.reason}.`
          : `. You can still load it, but ${fit.reason}.`}
      </p>
      {suggestOther ? (
        <p>
          {suggestion.reason}{" "}
          <button
            type="button"
            disabled={busy}
            onClick={() => engine.select(suggestion.entry.id)}
          >
            Use suggested model
          </button>
        </p>
      ) : null}
      {!suggestion ? (
        <p>No Llama model is expected to run on this device.</p>
      ) : null}
    </section>
  );
}
