import { useSignal } from "@preact/signals";
import type { HostsModel } from "../../engine/hosts-model";
import {
  DEFAULT_HOSTS,
  checkHostUrl,
  hostLabel,
} from "../../engine/model-hosts";

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
  const from = (key: "models" | "libraries") =>
    own[key]
      ? " (your setting)"
      : hosts.file.value[key]
        ? " (this site's hearth-hosts.json)"
        : "";

  const submit = (e: Event) => {
    e.preventDefault();
    saved.value = undefined;
    const fields = [
      ["Model weights host", models.value],
      ["Model library host", libraries.value],
    ] as const;
    for (const [label, value] of fields) {
      const wrong = value.trim() ? checkHostUrl(label, value) : undefined;
      if (wrong) return void (problem.value = wrong);
    }
    problem.value = undefined;
    hosts.save({ models: models.value, libraries: libraries.value });
    saved.value =
      "Saved. Models you download from now on come from these hosts; models already downloaded keep theirs.";
  };
  const reset = () => {
    hosts.reset();
    models.value = libraries.value = "";
    problem.value = undefined;
    saved.value = "Reset: built-in models come from this site's hosts again.";
  };

  return (
    <form
      class="model-hosts"
      aria-labelledby="model-hosts-title"
      noValidate
      onSubmit={submit}
    >
      <h3 id="model-hosts-title">Model host</h3>
      <p>
        Models from: {hostLabel(inUse.models, DEFAULT_HOSTS.models)}
        {from("models")}
        <br />
        Libraries from: {hostLabel(inUse.libraries, DEFAULT_HOSTS.libraries)}
        {from("libraries")}
      </p>
      <label>
        Model weights host
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
        Model library host
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
        A mirror with the same paths: it replaces {DEFAULT_HOSTS.models} and{" "}
        {DEFAULT_HOSTS.libraries} in every built-in model's addresses. Empty
        fields use the default.
      </p>
      {problem.value ? (
        <p class="row-error" role="alert">
          {problem.value}
        </p>
      ) : null}
      {saved.value ? <p role="status">{saved.value}</p> : null}
      <div class="form-actions">
        <button type="submit">Save hosts</button>
        <button type="button" onClick={reset}>
          Reset hosts
        </button>
      </div>
    </form>
  );
}
