import { findEntry } from "../../engine/catalog";
import { t } from "../../i18n/locale";
import { modelTitle } from "../models/model-facts";
import type { EngineModel } from "../../engine/engine-model";
import { formatRate } from "../kit/format";

/** The model and its state, always in view: a glance answers "can I chat now, and how fast?" */
export function StatusChip({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  const name = (id: string) => {
    const e = findEntry(engine.catalog, id);
    return e ? modelTitle(e) : id;
  };
  const usage = engine.lastUsage.value;
  // What the state is about, then the state; a tight bar shortens the first, never the second.
  let subject: string | undefined;
  let state: string;
  switch (status.kind) {
    case "idle":
      state = t("shell.status.idle");
      break;
    case "loading":
      subject = t("shell.status.loading", { name: name(status.modelId) });
      state = t("shell.status.percent", {
        percent: Math.floor(status.progress.fraction * 100),
      });
      break;
    case "ready":
      subject = name(status.modelId);
      state = t("shell.status.ready");
      break;
    case "generating":
      subject = name(status.modelId);
      state = t("shell.status.generating");
      break;
    case "failed":
      subject = name(status.modelId);
      state = t("shell.status.failed");
      break;
  }
  return (
    <div
      class={`status-chip status-${status.kind}`}
      role="status"
      aria-label={t("shell.status.label")}
      title={subject ? `${subject} · ${state}` : state}
    >
      <span class="dot" aria-hidden="true" />
      {subject ? <span class="status-subject">{subject} · </span> : null}
      <span class="status-state">{state}</span>
      {usage && status.kind !== "idle" && status.kind !== "loading" ? (
        <span class="rate" title={t("shell.status.rateTip")}>
          {t("shell.status.rate", {
            rate: formatRate(usage.decodeTokensPerSecond),
          })}
        </span>
      ) : null}
    </div>
  );
}
