import { useSignal } from "@preact/signals";
import type { HostsModel } from "../../engine/hosts-model";
import {
  DEFAULT_HOSTS,
  checkHostUrl,
  hostLabel,
} from "../../engine/model-hosts";
import { t } from "../../i18n/locale";
import type { MessageKey } from "../../i18n/messages";

type Source = "own" | "file" | "default";
const HOST_FILE = "hearth-hosts.json";
const FROM = {
  models: {
    own: "shell.hosts.modelsFromOwn",
    file: "shell.hosts.modelsFromFile",
    default: "shell.hosts.modelsFrom",
  },
  libraries: {
    own: "shell.hosts.librariesFromOwn",
    file: "shell.hosts.librariesFromFile",
    default: "shell.hosts.librariesFrom",
  },
} as const satisfies Record<"models" | "libraries", Record<Source, MessageKey>>;

/**
 * Where built-in models are downloaded from: this site's `hearth-hosts.json`, which the
 * person's own mirror overrides (issue 22, item 6). Models added by hand keep their URLs.
 */
export function ModelHostSetting({ hosts }: { hosts: HostsModel }) {
  const own = hosts.own.value;
  const models = useSignal(own.models ?? "");
  const libraries = useSignal(own.libraries ?? "");
  const problem = useSignal<string | undefined>(undefined);
  const saved = useSignal<string | undefined>(undefined);
  const inUse = hosts.hosts.value;
  // "Models from: huggingface.co", with where that setting comes from.
  const from = (key: "models" | "libraries", host: string) => {
    const source: Source = own[key]
      ? "own"
      : hosts.file.value[key]
        ? "file"
        : "default";
    return t(FROM[key][source], {
      host,
      file: HOST_FILE,
    });
  };

  const submit = (e: Event) => {
    e.preventDefault();
    saved.value = undefined;
    const fields = [
      [t("shell.hosts.weightsHost"), models.value],
      [t("shell.hosts.libraryHost"), libraries.value],
    ] as const;
    for (const [label, value] of fields) {
      const wrong = value.trim() ? checkHostUrl(label, value) : undefined;
      if (wrong) return void (problem.value = wrong);
    }
    problem.value = undefined;
    hosts.save({ models: models.value, libraries: libraries.value });
    saved.value = t("shell.hosts.saved");
  };
  const reset = () => {
    hosts.reset();
    models.value = libraries.value = "";
    problem.value = undefined;
    saved.value = t("shell.hosts.resetDone");
  };

  return (
    <form
      class="model-hosts"
      aria-labelledby="model-hosts-title"
      noValidate
      onSubmit={submit}
    >
      <h3 id="model-hosts-title">{t("shell.hosts.title")}</h3>
      <p>
        {from("models", hostLabel(inUse.models, DEFAULT_HOSTS.models))}
        <br />
        {from("libraries", hostLabel(inUse.libraries, DEFAULT_HOSTS.libraries))}
      </p>
      <label>
        {t("shell.hosts.weightsHost")}
        <input
          type="url"
          inputMode="url"
          aria-describedby="model-hosts-hint"
          placeholder={inUse.models ?? DEFAULT_HOSTS.models}
          value={models.value}
          onInput={(e) => (models.value = e.currentTarget.value)}
        />
      </label>
      <label>
        {t("shell.hosts.libraryHost")}
        <input
          type="url"
          inputMode="url"
          aria-describedby="model-hosts-hint"
          placeholder={inUse.libraries ?? DEFAULT_HOSTS.libraries}
          value={libraries.value}
          onInput={(e) => (libraries.value = e.currentTarget.value)}
        />
      </label>
      <p id="model-hosts-hint" class="hint">
        {t("shell.hosts.hint", {
          models: DEFAULT_HOSTS.models,
          libraries: DEFAULT_HOSTS.libraries,
        })}
      </p>
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
      {saved.value ? <p role="status">{saved.value}</p> : null}
      <div class="form-actions">
        <button type="submit">{t("shell.hosts.save")}</button>
        <button type="button" onClick={reset}>
          {t("shell.hosts.reset")}
        </button>
      </div>
    </form>
  );
}
