import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { HardDrive } from "lucide-preact";
import { AddModelForm } from "./AddModelForm";
import { IconButton } from "../kit/IconButton";
import { DeleteAllData } from "./DeleteAllData";
import { LoadFromFolder } from "./LoadFromFolder";
import { ModelRow } from "./ModelRow";
import { StorageSummary } from "./StorageSummary";
import "./models-dialog.css";

/** The model manager: every model's state and size, downloads, deletion, custom models. */
export function ModelsDialog({
  engine,
  models,
  onDeleteAll,
}: {
  engine: EngineModel;
  models: ModelManager;
  onDeleteAll: () => Promise<void>;
}) {
  const open = useSignal(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open.value && !d.open) {
      d.showModal();
      void models.refresh();
    } else if (!open.value && d.open) d.close();
  }, [open.value]);

  const states = models.states.value;
  // What is on this device first (downloaded, paused, damaged), then the rest in catalog order.
  const onDevice = (id: string) => (states[id]?.kind ?? "none") !== "none";
  const shown = engine.catalog
    .filter((e) => e.featured || e.custom || onDevice(e.id))
    .sort((a, b) => Number(onDevice(b.id)) - Number(onDevice(a.id)));

  return (
    <>
      <IconButton
        icon={HardDrive}
        label={t("models.dialog.open")}
        tip={t("models.dialog.openTip")}
        showLabel
        class="sidebar-button"
        onClick={() => (open.value = true)}
      />
      <dialog
        ref={dialog}
        class="models-dialog"
        aria-labelledby="models-title"
        onClose={() => (open.value = false)}
      >
        <header>
          <h2 id="models-title">{t("models.dialog.title")}</h2>
          <button type="button" onClick={() => (open.value = false)}>
            {t("models.dialog.close")}
          </button>
        </header>
        {open.value ? (
          <>
            <StorageSummary models={models} catalog={engine.catalog} />
            <ul class="model-list" aria-label={t("models.dialog.list")}>
              {shown.map((e) => (
                <ModelRow
                  key={e.id}
                  entry={e}
                  engine={engine}
                  models={models}
                />
              ))}
            </ul>
            <LoadFromFolder engine={engine} models={models} />
            <AddModelForm engine={engine} models={models} />
            <DeleteAllData onDeleteAll={onDeleteAll} />
          </>
        ) : null}
      </dialog>
    </>
  );
}
