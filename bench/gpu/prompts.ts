/**
 * The fixed prompts every GPU run answers, from a one-line question to a long passage, so
 * prefill is measured on short and long inputs and decode on a few hundred tokens each.
 * Change them and earlier numbers stop being comparable.
 */
const PASSAGE = [
  "The lighthouse keeper kept a log of every ship that passed the point.",
  "Each entry named the vessel, its flag, the hour, the weather and the state of the sea.",
  "In winter the entries grew short, because few captains risked the narrows in a gale,",
  "and the keeper spent his evenings mending nets and reading by the lamp.",
  "In summer the log filled quickly: fishing boats at dawn, ferries at noon, yachts at dusk.",
  "Over forty years the logbooks filled three shelves, and the harbour museum now keeps them",
  "as the best record anyone has of how traffic on the coast changed with the seasons.",
]
  .join(" ")
  .repeat(4);

export const PROMPTS: readonly string[] = [
  "What is the capital of France? Answer in one sentence.",
  "Explain in a short paragraph why the sky is blue.",
  "Write a Python function that returns the n-th Fibonacci number iteratively, with a docstring.",
  "List ten tips for writing clear technical documentation, one line each.",
  `Summarise the following text in three sentences.\n\n${PASSAGE}`,
];

/** Upper bound on each reply, so a run takes minutes, not hours. */
export const MAX_TOKENS = 256;
