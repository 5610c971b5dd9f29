import { useSignal } from "@preact/signals";
import { useEffect, useRef } from "preact/hooks";
import { FolderOpen } from "lucide-preact";
import type { CatalogEntry } from "../../engine/catalog";
import type { EngineModel } from "../../engine/engine-model";
import { EngineError, errorText } from "../../engine/errors";
import {
  findModels,
  type FolderFile,
  type FolderModel,
} from "../../engine/folder-scan";
import {
  NeedsLibraryError,
  type ModelManager,
} from "../../engine/model-manager";
import { t } from "../../i18n/locale";
import { LibraryChoice } from "./LibraryChoice";
import { droppedFiles } from "./dropped-files";
import "./load-folder.css";

/**
 * Load from folder (issue 22): the browser's folder chooser (or a folder dropped on the
 * Models dialog), the models found in it, and the copy into storage, whose progress shows
 * in the model's row like a download's.
 */
export function LoadFromFolder({
  engine,
  models,
}: {
  engine: EngineModel;
  models: ModelManager;
}) {
  const input = useRef<HTMLInputElement>(null);
  const found = useSignal<FolderModel[]>([]);
  const message = useSignal<{ text: string; error: boolean } | undefined>(
    undefined,
  );
  const needsLibrary = useSignal<FolderModel | undefined>(undefined);

  const load = async (model: FolderModel, libraryUrl?: string) => {
    found.value = [];
    needsLibrary.value = undefined;
    message.value = {
      text: t("models.folder.checking", { model: model.id }),
      error: false,
    };
    let added: CatalogEntry | undefined;
    try {
      const entry = await models.loadFolder(
        model,
        engine.catalog,
        (e) => {
          message.value = {
            text: t("models.folder.copying", { model: model.id }),
            error: false,
          };
          if (e.custom && !engine.catalog.some((c) => c.id === e.id)) {
            engine.addModels([e]);
            added = e;
          }
        },
        libraryUrl,
      );
      if (entry) {
        engine.select(entry.id);
        message.value = {
          text: entry.custom
            ? t("models.folder.readyOwnLibrary", { model: model.id })
            : t("models.folder.readyBuiltInLibrary", {
                model: model.id,
                name: entry.name,
              }),
          error: false,
        };
      } else message.value = undefined;
    } catch (err) {
      const code = err instanceof EngineError ? err.code : "folder";
      // Nothing of a refused model stays: not its files, not its row. A full disk leaves
      // the copy paused in its row, to resume once there is room.
      if (added && code !== "disk-full") engine.removeModel(added.id);
      if (err instanceof NeedsLibraryError) needsLibrary.value = err.model;
      message.value = {
        text: `${errorText(code).title} ${err instanceof Error ? err.message : ""}`.trim(),
        error: true,
      };
    }
  };

  const choose = (files: FolderFile[]) => {
    const models = findModels(files);
    if (models.length === 0)
      message.value = { text: t("models.folder.noModel"), error: true };
    else if (models.length === 1) void load(models[0]);
    else {
      message.value = undefined;
      found.value = models;
    }
  };

  // A folder dropped anywhere on the Models dialog (or the first-visit card) is chosen too.
  const latest = useRef(choose);
  latest.current = choose;
  useEffect(() => {
    const area = input.current?.closest("dialog, .first-step");
    if (!(area instanceof HTMLElement)) return;
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      if (e.dataTransfer)
        void droppedFiles(e.dataTransfer).then((f) => latest.current(f));
    };
    area.addEventListener("dragover", over);
    area.addEventListener("drop", drop);
    return () => {
      area.removeEventListener("dragover", over);
      area.removeEventListener("drop", drop);
    };
  }, []);

  return (
    <div class="load-folder">
      <button type="button" onClick={() => input.current?.click()}>
        <FolderOpen aria-hidden="true" size={18} />
        {t("models.folder.button")}
      </button>
      <input
        ref={input}
        type="file"
        // The folder chooser: Chrome, Edge, Firefox and Safari all have it.
        {...{ webkitdirectory: true }}
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(e) => {
          const list = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = "";
          choose(
            list.map((file) => ({
              path: file.webkitRelativePath || file.name,
              file,
            })),
          );
        }}
      />
      {found.value.length > 0 ? (
        <div role="group" aria-label={t("models.folder.found")}>
          <p>{t("models.folder.which", { count: found.value.length })}</p>
          {found.value.map((m) => (
            <button key={m.id} type="button" onClick={() => void load(m)}>
              {t("models.folder.load", { model: m.id })}
            </button>
          ))}
        </div>
      ) : null}
      {needsLibrary.value ? (
        <LibraryChoice
          model={needsLibrary.value}
          onChosen={(model, url) => void load(model, url)}
        />
      ) : null}
      {message.value ? (
        <p
          class={message.value.error ? "row-error" : "model-meta"}
          role={message.value.error ? "alert" : "status"}
        >
          {message.value.text}
        </p>
      ) : null}
    </div>
  );
}
