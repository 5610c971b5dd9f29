import { useSignal } from "@preact/signals";
import type { FolderModel } from "../../engine/folder-scan";
import { checkWebAddress, isWasmAddress } from "../../engine/web-address";
import { t } from "../../i18n/locale";

/**
 * A folder model's library, given by the person when the folder has none and no built-in
 * model shares its id: its address (fetched once, then offline) or its `.wasm` file.
 */
export function LibraryChoice({
  model,
  onChosen,
}: {
  model: FolderModel;
  onChosen: (model: FolderModel, libraryUrl?: string) => void;
}) {
  const url = useSignal("");
  const problem = useSignal<string | undefined>(undefined);
  const useUrl = (e: Event) => {
    e.preventDefault();
    const label = t("models.library.url", { model: model.id });
    problem.value =
      checkWebAddress(label, url.value) ??
      (isWasmAddress(url.value)
        ? undefined
        : t("models.library.notWasm", { model: model.id }));
    if (!problem.value) onChosen(model, new URL(url.value.trim()).href);
  };
  return (
    <form class="library-choice" onSubmit={useUrl}>
      <label>
        {t("models.library.url", { model: model.id })}
        <input
          type="url"
          value={url.value}
          onInput={(e) => (url.value = e.currentTarget.value)}
          placeholder="https://…/model-webgpu.wasm"
        />
      </label>
      <button type="submit">{t("models.library.use")}</button>
      <label class="library-file">
        {t("models.library.file")}
        <input
          type="file"
          accept=".wasm,application/wasm"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onChosen({ ...model, library: file });
          }}
        />
      </label>
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
    </form>
  );
}
