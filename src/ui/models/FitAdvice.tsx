import { Info, X } from "lucide-preact";
import type { EngineModel } from "../../engine/engine-model";
import { dismissedNotes, dismissNote } from "./dismissed-notes";
import { IconButton } from "../kit/IconButton";
import { fitText, memoryText, modelTitle } from "./model-facts";
import type { CatalogEntry } from "../../engine/catalog";
import { t } from "../../i18n/locale";

/** The f16 fallback in words; the line above already says the GPU lacks the feature. */
function f16Why(entry: CatalogEntry): string {
  return entry.requiredFeatures.includes("shader-f16")
    ? t("models.fit.f16Only", { model: entry.name })
    : t("models.fit.f16Fallback", {
        quantization: entry.quantization,
        model: entry.name,
        memory: memoryText(entry),
      });
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
  const label = fitText(fit);
  return (
    <section
      class={`notice fit-advice fit-${fit?.level ?? "unknown"}`}
      aria-label={t("models.fit.label")}
    >
      <div class="fit-line">
        <Info aria-hidden="true" size={16} />
        <p class="fit-summary">
          <strong>{modelTitle(selected)}</strong>
          {label ? ` · ${label}` : ""}
          {reason ? ` · ${t("models.fit.noF16")}` : ""}
        </p>
        <details class="fit-why">
          <summary>{t("models.fit.why")}</summary>
          {reason ? <p>{f16Why(selected)}</p> : null}
          {fit && label ? (
            <p>
              {t(
                fit.level === "runs-well"
                  ? "models.fit.runsWell"
                  : "models.fit.risky",
                { model: modelTitle(selected), fit: label, reason: fit.reason },
              )}
            </p>
          ) : null}
          {suggestOther ? <p>{suggestion.reason}</p> : null}
          {!suggestion ? <p>{t("models.fit.noneFits")}</p> : null}
        </details>
        {suggestOther ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => engine.select(suggestion.entry.id)}
          >
            {t("models.fit.useSuggested")}
          </button>
        ) : null}
        <IconButton
          icon={X}
          label={t("models.fit.dismiss")}
          tip={t("models.fit.dismissTip")}
          class="fit-dismiss"
          onClick={() => dismissNote(selected.id)}
        />
      </div>
    </section>
  );
}
