import type { EngineModel } from "../../engine/engine-model";
import type { LoadProgress as Progress } from "../../engine/protocol";
import { formatNumber, t } from "../../i18n/locale";
import type { MessageKey } from "../../i18n/messages";
import { formatBytes, formatDuration } from "../kit/format";

const PHASES = {
  starting: "models.progress.starting",
  fetching: "models.progress.fetching",
  loading: "models.progress.loading",
  compiling: "models.progress.compiling",
} as const satisfies Record<Progress["phase"], MessageKey>;

export function describeProgress(p: Progress): string {
  const details = [
    p.bytesDone !== undefined && p.bytesTotal
      ? t("models.amount.of", {
          done: formatBytes(p.bytesDone),
          total: formatBytes(p.bytesTotal),
        })
      : undefined,
    t("models.amount.percent", { percent: Math.floor(p.fraction * 100) }),
    p.bytesPerSecond && p.bytesPerSecond > 0
      ? t("models.amount.perSecond", { size: formatBytes(p.bytesPerSecond) })
      : undefined,
    p.secondsLeft !== undefined
      ? t("models.amount.left", { duration: formatDuration(p.secondsLeft) })
      : undefined,
  ];
  return t("models.progress.line", {
    phase: t(PHASES[p.phase]),
    details: details.filter((d) => d !== undefined).join(" · "),
  });
}

export function LoadProgress({ engine }: { engine: EngineModel }) {
  const status = engine.status.value;
  if (status.kind !== "loading") return null;
  const p = status.progress;
  const text = describeProgress(p);
  return (
    <div class="load-progress">
      <div
        class="bar"
        role="progressbar"
        aria-label={t("models.progress.label")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.floor(p.fraction * 100)}
        aria-valuetext={text}
      >
        <div class="fill" style={{ width: `${p.fraction * 100}%` }} />
      </div>
      <p class="load-text">
        {text}
        {p.elapsedSeconds > 0
          ? ` · ${t("unit.seconds", {
              n: formatNumber(p.elapsedSeconds, { useGrouping: false }),
            })}`
          : ""}
      </p>
    </div>
  );
}
