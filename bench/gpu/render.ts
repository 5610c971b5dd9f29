import type { GpuSummary } from "./summary";

const f1 = (n: number) => n.toFixed(1);
const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The results as a table a person can read off the screen. */
export function renderSummary(into: HTMLElement, s: GpuSummary): void {
  const rows = s.prompts.map(
    (p, i) =>
      `<tr><td>${i + 1}</td><td>${p.promptTokens}</td><td>${p.completionTokens}</td><td>${f1(p.prefillTokensPerSecond)}</td><td>${f1(p.decodeTokensPerSecond)}</td><td>${p.timeToFirstTokenSeconds.toFixed(2)}</td></tr>`,
  );
  const ceiling =
    s.ceilingTokensPerSecond !== undefined
      ? `<p>Bandwidth ceiling: ${s.bandwidthGBps} GB/s ÷ ${(s.weightBytes! / 1e9).toFixed(2)} GB of weights = ${f1(s.ceilingTokensPerSecond)} tokens/s; measured decode is ${(100 * s.fractionOfCeiling!).toFixed(0)}% of it.</p>`
      : s.weightBytes !== undefined
        ? `<p>Weights: ${(s.weightBytes / 1e9).toFixed(2)} GB. Enter the GPU's memory bandwidth to see the ceiling.</p>`
        : "";
  into.innerHTML = `
    <p><strong>${escape(s.model)}</strong> on ${escape(s.adapter || "an unnamed adapter")}: median prefill ${f1(s.medianPrefillTokensPerSecond)} tokens/s, median decode ${f1(s.medianDecodeTokensPerSecond)} tokens/s.</p>
    ${ceiling}
    <table>
      <caption>Per prompt</caption>
      <thead><tr><th scope="col">prompt</th><th scope="col">prompt tokens</th><th scope="col">reply tokens</th><th scope="col">prefill tokens/s</th><th scope="col">decode tokens/s</th><th scope="col">first token (s)</th></tr></thead>
      <tbody>${rows.join("")}</tbody>
    </table>`;
}
