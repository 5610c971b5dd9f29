// Sizes, speeds and durations are written in the interface language: see src/i18n/format.ts.
export { formatBytes, formatDuration, formatRate } from "../../i18n/format";
