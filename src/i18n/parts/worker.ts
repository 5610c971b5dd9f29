export const worker = {} as const;
