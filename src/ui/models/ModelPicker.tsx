import { useSignal } from "@preact/signals";
import { ChevronDown } from "lucide-preact";
import { useEffect, useRef } from "preact/hooks";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { fitText, modelTitle } from "./model-facts";
import { ModelListbox } from "./ModelListbox";
import "./model-picker.css";

/**
 * The model chooser: a combobox named "Model" that opens a searchable, grouped list
 * (ModelListbox), and Load model beside it. The name on the button is shortened when
 * the bar is tight; its tooltip holds the whole of it.
 */
export function ModelPicker({
  engine,
  models,
}: {
  engine: EngineModel;
  models: ModelManager;
}) {
  const open = useSignal(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const selected = engine.selected.value;
  const status = engine.status.value;
  const busy = status.kind === "loading" || status.kind === "generating";
  const loadedHere =
    (status.kind === "ready" || status.kind === "generating") &&
    status.modelId === selected?.id;
  const fit = fitText(engine.selectedFit.value);
  const title = selected ? modelTitle(selected) : t("models.picker.none");

  // A press anywhere outside closes the list, as a native select does.
  useEffect(() => {
    if (!open.value) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) open.value = false;
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open.value]);

  const close = (refocus: boolean) => {
    open.value = false;
    if (refocus) trigger.current?.focus();
  };

  return (
    <div class="model-picker" ref={root}>
      <button
        ref={trigger}
        type="button"
        id="model-select"
        class="model-trigger"
        role="combobox"
        aria-label={t("models.picker.label")}
        aria-haspopup="listbox"
        aria-expanded={open.value}
        aria-controls={open.value ? "model-listbox" : undefined}
        data-value={selected?.id}
        title={fit ? `${title} · ${fit}` : title}
        disabled={busy}
        onClick={() => (open.value = !open.value)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            open.value = true;
          }
        }}
      >
        <span class="model-trigger-name">{title}</span>
        <ChevronDown aria-hidden="true" size={16} />
      </button>
      {open.value ? (
        <ModelListbox
          engine={engine}
          models={models}
          onPick={(id) => {
            engine.select(id);
            close(true);
          }}
          onClose={close}
        />
      ) : null}
      <button
        type="button"
        class="primary load-button"
        disabled={!engine.canLoad.value || loadedHere}
        onClick={() => void engine.load()}
      >
        {t("models.picker.load")}
      </button>
    </div>
  );
}
