import { formatNumber, t } from "./locale";

const fixed = (n: number, digits: number) =>
  formatNumber(n, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  });

/** A size in bytes, in MB under 1 GB (binary units, as the rest of Hearth counts). */
export function formatBytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  if (mb >= 1024) return t("unit.gigabytes", { n: fixed(mb / 1024, 2) });
  if (mb >= 10) return t("unit.megabytes", { n: fixed(mb, 0) });
  return t("unit.megabytes", { n: fixed(mb, 1) });
}

/** A size given in MB, as the model catalog states them. */
export function formatMB(mb: number): string {
  return mb >= 1024
    ? t("unit.gigabytes", { n: fixed(mb / 1024, 1) })
    : t("unit.megabytes", { n: fixed(Math.round(mb), 0) });
}

/** A file size for attachment limits: one decimal under 10 MB. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return t("unit.megabytes", {
    n: fixed(mb, bytes < 10 * 1024 * 1024 ? 1 : 0),
  });
}

export function formatRate(tokensPerSecond: number | undefined): string {
  if (tokensPerSecond === undefined || !Number.isFinite(tokensPerSecond))
    return t("unit.none");
  return fixed(tokensPerSecond, tokensPerSecond >= 100 ? 0 : 1);
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return t("unit.none");
  if (seconds < 60)
    return t("unit.seconds", {
      n: formatNumber(Math.max(1, Math.round(seconds))),
    });
  if (seconds < 3600)
    return t("unit.minutes", { n: formatNumber(Math.round(seconds / 60)) });
  return t("unit.hoursMinutes", {
    h: formatNumber(Math.floor(seconds / 3600)),
    m: formatNumber(Math.round((seconds % 3600) / 60)),
  });
}
