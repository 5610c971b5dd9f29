import { useSignal } from "@preact/signals";
import { useRef } from "preact/hooks";
import type { CatalogEntry } from "../../engine/catalog";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { formatBytes } from "../kit/format";

/** Chrome and Edge's folder picker; absent elsewhere (Firefox, Safari), and so is the button. */
type PickerWindow = Window & {
  showDirectoryPicker?: (options?: {
    id?: string;
    mode?: "read" | "readwrite";
    startIn?: string;
  }) => Promise<FileSystemDirectoryHandle>;
};

export const canSaveToFolder = () =>
  typeof (window as PickerWindow).showDirectoryPicker === "function";

/**
 * Save to folder (issue 22, item 5): a downloaded model's files, written into a folder the
 * person picks, as its host publishes them, so Load from folder elsewhere gives the same
 * model with no network. The worker does the writing; this shows its progress in bytes.
 */
export function SaveToFolder({
  entry,
  models,
  title,
}: {
  entry: CatalogEntry;
  models: ModelManager;
  title: string;
}) {
  const saving = useSignal<
    { requestId: string; done: number; total: number } | undefined
  >(undefined);
  const outcome = useSignal<string | undefined>(undefined);
  const problem = useSignal<string | undefined>(undefined);
  // The pressed button gives way to Cancel saving and comes back after: keyboard focus
  // follows, instead of falling to the page.
  const refocus = useRef(false);
  const keepFocus = (button: HTMLButtonElement | null) => {
    // Only when focus fell to the page: never pulled back from where the person moved it.
    const lost =
      !document.activeElement || document.activeElement === document.body;
    if (button && refocus.current && lost) button.focus();
  };

  const save = async () => {
    outcome.value = problem.value = undefined;
    let folder: FileSystemDirectoryHandle;
    try {
      folder = await (window as PickerWindow).showDirectoryPicker!({
        id: "hearth-save-model",
        mode: "readwrite",
        startIn: "downloads",
      });
    } catch (err) {
      // Closing the picker is not a failure.
      if (err instanceof Error && err.name === "AbortError") return;
      problem.value = t("models.save.cannotOpen");
      return;
    }
    const { requestId, done } = models.saveToFolder(
      entry,
      folder,
      (bytesDone, bytesTotal) =>
        (saving.value = { requestId, done: bytesDone, total: bytesTotal }),
    );
    refocus.current = document.activeElement?.tagName === "BUTTON";
    saving.value = { requestId, done: 0, total: 0 };
    try {
      const r = await done;
      const what = {
        count: r.files,
        size: formatBytes(r.bytes),
        folder: folder.name,
      };
      outcome.value = t(
        r.stopped
          ? "models.save.stopped"
          : r.libraryLeftOut
            ? "models.save.savedWithoutLibrary"
            : "models.save.saved",
        what,
      );
    } catch (err) {
      problem.value = t("models.save.failed", {
        folder: folder.name,
        reason: err instanceof Error ? err.message : "",
      });
    } finally {
      saving.value = undefined;
      // Past the re-render that brings the Save button back.
      setTimeout(() => (refocus.current = false));
    }
  };

  const s = saving.value;
  return (
    <div class="model-save">
      {s ? (
        <>
          <progress
            aria-label={t("models.save.progressLabel", { model: title })}
            max={s.total || 1}
            value={s.done}
          />{" "}
          <span class="model-meta">
            {t("models.save.progress", {
              done: formatBytes(s.done),
              total: formatBytes(s.total),
            })}
          </span>{" "}
          <button type="button" onClick={() => models.stopSaving(s.requestId)}>
            {t("models.save.cancel")}
          </button>
        </>
      ) : (
        <button type="button" ref={keepFocus} onClick={() => void save()}>
          {t("models.save.button")}
        </button>
      )}
      {outcome.value ? (
        <p class="model-meta" role="status">
          {outcome.value}
        </p>
      ) : null}
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
    </div>
  );
}
