import { rmSync } from "node:fs";
import { FIGURES_FILE } from "./figures";

/** Playwright global setup: every run starts with no figures from an earlier one. */
export default function setup(): void {
  rmSync(FIGURES_FILE, { force: true });
}
