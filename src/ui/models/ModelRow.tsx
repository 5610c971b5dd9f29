import type { CatalogEntry } from "../../engine/catalog";
import type { EngineModel } from "../../engine/engine-model";
import { errorText } from "../../engine/errors";
import { EngineError } from "../../engine/errors";
import {
  bytesOnDisk,
  type ModelManager,
  type ModelState,
} from "../../engine/model-manager";
import { useSignal } from "@preact/signals";
import { t } from "../../i18n/locale";
import { formatBytes, formatDuration } from "../kit/format";
import { SaveToFolder, canSaveToFolder } from "./SaveToFolder";
import {
  checksNote,
  fitText,
  memoryText,
  sizeText,
  stateBadge,
} from "./model-facts";

export function describeState(state: ModelState): string {
  switch (state.kind) {
    case "downloading": {
      const p = state.progress;
      return [
        stateBadge(state),
        t("models.amount.of", {
          done: formatBytes(p.bytesDone),
          total: formatBytes(p.bytesTotal),
        }),
        p.bytesPerSecond > 0
          ? t("models.amount.perSecond", {
              size: formatBytes(p.bytesPerSecond),
            })
          : undefined,
        p.secondsLeft !== undefined
          ? t("models.amount.left", { duration: formatDuration(p.secondsLeft) })
          : undefined,
      ]
        .filter((part) => part !== undefined)
        .join(" · ");
    }
    default:
      return stateBadge(state);
  }
}

export function ModelRow({
  entry,
  engine,
  models,
}: {
  entry: CatalogEntry;
  engine: EngineModel;
  models: ModelManager;
}) {
  const state = models.state(entry.id);
  const error = useSignal<string | undefined>(undefined);
  const busy = models.isDownloading(entry.id);
  const title = `${entry.name}${entry.quantization ? ` · ${entry.quantization}` : ""}`;
  const fit = fitText(engine.fits.value.get(entry.id));

  const download = async () => {
    error.value = undefined;
    try {
      await models.ensureDownloaded(entry, () => {});
    } catch (err) {
      const code = err instanceof EngineError ? err.code : "unknown";
      error.value =
        `${errorText(code, entry.host).title} ${err instanceof Error ? err.message : ""}`.trim();
    }
  };
  const verified = useSignal<string | undefined>(undefined);
  const checking = useSignal<{ done: number; total: number } | undefined>(
    undefined,
  );
  const verify = async () => {
    error.value = verified.value = undefined;
    checking.value = { done: 0, total: 0 };
    try {
      const r = await models.verify(entry, (done, total) => {
        checking.value = { done, total };
      });
      if (
        !r.damaged?.length &&
        r.webllmHasModel &&
        r.storedFiles === r.totalFiles
      ) {
        verified.value = t(
          r.damaged ? "models.row.verifiedMd5" : "models.row.verified",
          { count: r.totalFiles },
        );
      }
    } catch (err) {
      error.value = err instanceof Error ? err.message : String(err);
    } finally {
      checking.value = undefined;
    }
  };
  const remove = async () => {
    error.value = undefined;
    await models.delete(entry);
  };
  const forget = async () => {
    await models.removeCustom(entry);
    engine.removeModel(entry.id);
  };

  return (
    <li class="model-row" aria-label={title}>
      <div class="model-name">
        <strong>{title}</strong>
        <span class="model-meta">
          {entry.custom ? `${entry.host} · ` : ""}
          {sizeText(entry, state)} · {memoryText(entry)}
          {fit ? (
            <span class={`fit-text-${engine.fits.value.get(entry.id)?.level}`}>
              {" "}
              · {fit}
            </span>
          ) : null}
        </span>
      </div>
      <div class="model-state" aria-live="polite">
        <span class={`state-badge state-${state.kind}`}>
          {describeState(state)}
        </span>
        {bytesOnDisk(state) > 0 ? (
          <span class="model-meta">
            {" "}
            ·{" "}
            {t("models.row.onDisk", { size: formatBytes(bytesOnDisk(state)) })}
          </span>
        ) : null}
        {state.kind === "damaged" ? (
          <p class="row-error">{state.problem}</p>
        ) : null}
        {checking.value ? (
          <p class="model-meta">
            <progress
              aria-label={t("models.row.verifying", { model: title })}
              max={checking.value.total || 1}
              value={checking.value.done}
            />{" "}
            {t("models.row.checking", {
              done: formatBytes(checking.value.done),
              total: formatBytes(checking.value.total),
            })}
          </p>
        ) : null}
        {checksNote(state) ? (
          <p class="model-meta">{checksNote(state)}</p>
        ) : null}
        {verified.value ? (
          <p class="model-meta" role="status">
            {verified.value}
          </p>
        ) : null}
        {error.value ? (
          <p class="row-error" role="alert">
            {error.value}
          </p>
        ) : null}
      </div>
      <div class="model-actions">
        {busy ? (
          <>
            <button type="button" onClick={() => models.pause(entry.id)}>
              {t("models.row.pause")}
            </button>
            <button type="button" onClick={() => models.cancel(entry.id)}>
              {t("models.row.cancel")}
            </button>
          </>
        ) : state.kind === "none" || state.kind === "paused" ? (
          <button type="button" onClick={() => void download()}>
            {state.kind === "paused"
              ? t("models.row.resume")
              : t("models.row.download")}
          </button>
        ) : state.kind === "damaged" ? (
          // Verify removed the damaged shards: a download fetches exactly those.
          <button type="button" onClick={() => void download()}>
            {t("models.row.repair")}
          </button>
        ) : null}
        {!busy && (state.kind === "ready" || state.kind === "damaged") ? (
          <button type="button" onClick={() => void verify()}>
            {t("models.row.verify")}
          </button>
        ) : null}
        {!busy && state.kind !== "none" ? (
          <button type="button" onClick={() => void remove()}>
            {t("models.row.delete")}
          </button>
        ) : null}
        {!busy && entry.custom ? (
          <button type="button" onClick={() => void forget()}>
            {t("models.row.remove")}
          </button>
        ) : null}
      </div>
      {!busy && state.kind === "ready" && canSaveToFolder() ? (
        <SaveToFolder entry={entry} models={models} title={title} />
      ) : null}
    </li>
  );
}
