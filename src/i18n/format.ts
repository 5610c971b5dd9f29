import { formatNumber, language, t } from "./locale";

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

/** A count written the language's way ("4,096" in English, "4.096" in German). */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** A moment as a date and time, in the language's own order. */
export function formatDateTime(at: number | Date): string {
  return new Intl.DateTimeFormat(languageTag(), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);
}

/** "3 minutes ago", "yesterday": how long ago `at` was, in the language in use. */
export function formatAgo(at: number, now = Date.now()): string {
  const seconds = Math.round((at - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(languageTag(), { numeric: "auto" });
  const abs = Math.abs(seconds);
  if (abs < 60) return rtf.format(seconds, "second");
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), "minute");
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), "hour");
  return rtf.format(Math.round(seconds / 86400), "day");
}

function languageTag(): string {
  return language();
}
