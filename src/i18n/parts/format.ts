// Units written after a number the language has already formatted ({n} is text).
export const format = {
  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} s",
  "unit.minutes": "{n} min",
  "unit.hoursMinutes": "{h} h {m} min",
  "unit.none": "–",
} as const;
