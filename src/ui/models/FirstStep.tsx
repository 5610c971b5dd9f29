import { Download } from "lucide-preact";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { LoadFromFolder } from "./LoadFromFolder";
import { fitText, memoryText, modelTitle, sizeText } from "./model-facts";

/**
 * A first visit's one obvious step: the model suggested for this device, what it costs to
 * download, how it should run, and one button that downloads and loads it. Shown while
 * nothing is loaded and no model is on this device yet.
 */
export function FirstStep({
  engine,
  models,
}: {
  engine: EngineModel;
  models: ModelManager;
}) {
  const suggestion = engine.suggestion.value;
  if (engine.status.value.kind !== "idle" || !suggestion) return null;
  const states = models.states.value;
  if (Object.values(states).some((s) => s.kind === "ready")) return null;
  const entry = suggestion.entry;
  const fit = fitText(engine.fits.value.get(entry.id));
  const start = () => {
    engine.select(entry.id);
    void engine.load();
  };
  return (
    <section class="first-step" aria-labelledby="first-step-title">
      <h2 id="first-step-title">
        {t("models.first.title", { model: modelTitle(entry) })}
      </h2>
      <p class="first-step-facts">
        {sizeText(entry, models.state(entry.id))} · {memoryText(entry)}
        {fit ? ` · ${fit}` : ""}
      </p>
      <p>{t("models.first.text")}</p>
      <button
        type="button"
        class="primary"
        disabled={!engine.canLoad.value}
        onClick={start}
      >
        <Download aria-hidden="true" size={18} />
        {t("models.first.start")}
      </button>
      <LoadFromFolder engine={engine} models={models} />
    </section>
  );
}
