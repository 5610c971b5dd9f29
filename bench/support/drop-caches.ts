import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";

/**
 * Evicts the operating system's page cache (Linux, root), so the next reads come from the
 * disk: a cached load after a reboot, or after the model's files were pushed out of memory.
 * Returns false where that is not allowed (not Linux, not root); the caller then skips the
 * cold condition and says so in the figure's notes.
 */
export function dropPageCache(): boolean {
  try {
    execSync("sync");
    writeFileSync("/proc/sys/vm/drop_caches", "3\n");
    return true;
  } catch {
    return false;
  }
}
