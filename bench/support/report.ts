import { writeResults } from "./results";

/**
 * Playwright global teardown: the last write of bench/results.json and the docs table,
 * marking the run complete (each figure was already written as it was measured).
 */
export default function report(): void {
  writeResults(true);
}
