/** What web-llm reports for one prompt, from the last chunk's `usage`. */
export interface PromptResult {
  promptTokens: number;
  completionTokens: number;
  prefillTokensPerSecond: number;
  decodeTokensPerSecond: number;
  timeToFirstTokenSeconds: number;
}

export interface GpuSummary {
  model: string;
  adapter: string;
  prompts: PromptResult[];
  medianPrefillTokensPerSecond: number;
  medianDecodeTokensPerSecond: number;
  /** Sum of the weight shards' sizes from the model's tensor-cache.json, if it was readable. */
  weightBytes?: number;
  bandwidthGBps?: number;
  /** bandwidth / weight bytes: decode reads every weight once per token. */
  ceilingTokensPerSecond?: number;
  /** Measured decode speed as a fraction of that ceiling. */
  fractionOfCeiling?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Weight bytes from a tensor-cache.json: the sum of its shards' `nbytes`. Decoding one
 * token reads every one of these bytes from GPU memory once.
 */
export function weightBytesOf(tensorCache: unknown): number | undefined {
  const records = (tensorCache as { records?: Array<{ nbytes?: unknown }> })
    ?.records;
  if (!Array.isArray(records) || records.length === 0) return undefined;
  let total = 0;
  for (const r of records) {
    if (typeof r.nbytes !== "number") return undefined;
    total += r.nbytes;
  }
  return total;
}

export function summarise(
  model: string,
  adapter: string,
  prompts: PromptResult[],
  weightBytes?: number,
  bandwidthGBps?: number,
): GpuSummary {
  const decode = median(prompts.map((p) => p.decodeTokensPerSecond));
  const summary: GpuSummary = {
    model,
    adapter,
    prompts,
    medianPrefillTokensPerSecond: median(
      prompts.map((p) => p.prefillTokensPerSecond),
    ),
    medianDecodeTokensPerSecond: decode,
    weightBytes,
    bandwidthGBps,
  };
  if (weightBytes && bandwidthGBps && bandwidthGBps > 0) {
    summary.ceilingTokensPerSecond = (bandwidthGBps * 1e9) / weightBytes;
    summary.fractionOfCeiling = decode / summary.ceilingTokensPerSecond;
  }
  return summary;
}
