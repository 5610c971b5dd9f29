export const shell = {
  "shell.language": "Language",
} as const;
