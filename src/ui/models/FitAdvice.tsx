import { Info, X } from "lucide-preact";
import type { EngineModel } from "../../engine/engine-model";
import { FIT_LABEL } from "../../engine/fit-advisor";
import { dismissedNotes, dismissNote } from "./dismissed-notes";
import { IconButton } from "../kit/IconButton";
import { memoryText, modelTitle } from "./model-facts";
import type { CatalogEntry } from "../../engine/catalog";

/** The f16 fallback in words; the line above already says the GPU lacks the feature. */
function f16Why(entry: CatalogEntry): string {
  return entry.requiredFeatures.includes("shader-f16")
    ? `${entry.name} has no build without 16-bit shaders, so it will not load here. Pick another model.`
    : `So Hearth picked the ${entry.quantization} build of ${entry.name}, which needs no 16-bit shaders but more GPU memory (${memoryText(entry)}).`;
}

/**
 * The fit advisor's word on the chosen model, the f16 fallback and the suggestion, as one
 * line: the label and the way out in view, the reasons behind "Why?". Dismissed per model.
 * The user can always load what they chose; the risk is stated.
 */
export function FitAdvice({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  // Once a model runs, or while a failure notice offers its own way out, it would be noise.
  if (status.kind !== "idle" && status.kind !== "loading") return null;
  const selected = engine.selected.value;
  const fit = engine.selectedFit.value;
  const reason = engine.selectionReason.value;
  const suggestion = engine.suggestion.value;
  if (!selected || (!fit && !reason)) return null;
  const suggestOther = suggestion && suggestion.entry.id !== selected.id;
  if (fit?.level === "runs-well" && !reason && !suggestOther) return null;
  if (dismissedNotes.value.has(selected.id)) return null;
  const busy = status.kind === "loading";
  return (
    <section
      class={`notice fit-advice fit-${fit?.level ?? "unknown"}`}
      aria-label="Device fit"
    >
      <div class="fit-line">
        <Info aria-hidden="true" size={16} />
        <p class="fit-summary">
          <strong>{modelTitle(selected)}</strong>
          {fit ? ` · ${FIT_LABEL[fit.level]}` : ""}
          {reason ? " · this GPU lacks 16-bit float shaders (shader-f16)" : ""}
        </p>
        <details class="fit-why">
          <summary>Why?</summary>
          {reason ? <p>{f16Why(selected)}</p> : null}
          {fit ? (
            <p>
              {modelTitle(selected)} · {FIT_LABEL[fit.level]}
              {fit.level === "runs-well"
                ? `: ${fit.reason}.`
                : `. You can still load it, but ${fit.reason}.`}
            </p>
          ) : null}
          {suggestOther ? <p>{suggestion.reason}</p> : null}
          {!suggestion ? (
            <p>No Llama model is expected to run on this device.</p>
          ) : null}
        </details>
        {suggestOther ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => engine.select(suggestion.entry.id)}
          >
            Use suggested model
          </button>
        ) : null}
        <IconButton
          icon={X}
          label="Dismiss"
          tip="Hide this note for this model"
          class="fit-dismiss"
          onClick={() => dismissNote(selected.id)}
        />
      </div>
    </section>
  );
}
