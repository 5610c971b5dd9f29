import { useSignal } from "@preact/signals";
import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import { t } from "../../i18n/locale";

/** Add model: an MLC-format model hosted anywhere, validated before it is kept. */
export function AddModelForm({
  engine,
  models,
}: {
  engine: EngineModel;
  models: ModelManager;
}) {
  const open = useSignal(false);
  const modelUrl = useSignal("");
  const libraryUrl = useSignal("");
  const name = useSignal("");
  const problem = useSignal<string | undefined>(undefined);
  const added = useSignal<string | undefined>(undefined);
  const checking = useSignal(false);

  if (!open.value) {
    return (
      <div class="add-model">
        {added.value ? (
          <p role="status">{t("models.add.added", { name: added.value })}</p>
        ) : null}
        <button
          type="button"
          onClick={() => ((open.value = true), (added.value = undefined))}
        >
          {t("models.add.open")}
        </button>
      </div>
    );
  }

  const submit = async (e: Event) => {
    e.preventDefault();
    problem.value = undefined;
    checking.value = true;
    try {
      const entry = await models.addCustom(
        {
          modelUrl: modelUrl.value,
          libraryUrl: libraryUrl.value,
          name: name.value,
        },
        new Set(engine.catalog.map((c) => c.id)),
      );
      engine.addModels([entry]);
      engine.select(entry.id);
      added.value = entry.name;
      open.value = false;
      modelUrl.value = libraryUrl.value = name.value = "";
    } catch (err) {
      problem.value = err instanceof Error ? err.message : String(err);
    } finally {
      checking.value = false;
    }
  };

  return (
    <form
      class="add-model"
      aria-labelledby="add-model-title"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3 id="add-model-title">{t("models.add.title")}</h3>
      <p class="hint">{t("models.add.hint")}</p>
      <label>
        {t("models.add.modelUrl")}
        <input
          type="url"
          required
          ref={(i) => i?.focus()}
          placeholder="https://huggingface.co/mlc-ai/Llama-2-7b-chat-hf-q4f16_1-MLC"
          value={modelUrl.value}
          onInput={(e) => (modelUrl.value = e.currentTarget.value)}
        />
      </label>
      <label>
        {t("models.add.libraryUrl")}
        <input
          type="url"
          required
          placeholder="https://…/Llama-2-7b-chat-hf-q4f16_1-webgpu.wasm"
          value={libraryUrl.value}
          onInput={(e) => (libraryUrl.value = e.currentTarget.value)}
        />
      </label>
      <label>
        {t("models.add.name")}
        <input
          type="text"
          aria-describedby="add-model-name-hint"
          value={name.value}
          onInput={(e) => (name.value = e.currentTarget.value)}
        />
        <span id="add-model-name-hint" class="hint">
          {t("models.add.optional")}
        </span>
      </label>
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={checking.value}>
          {checking.value ? t("models.add.checking") : t("models.add.submit")}
        </button>
        <button
          type="button"
          onClick={() => ((open.value = false), (problem.value = undefined))}
        >
          {t("models.add.cancel")}
        </button>
      </div>
    </form>
  );
}
