import { execSync } from "node:child_process";
import { closeSync, openSync, writeFileSync } from "node:fs";

/**
 * Evicting the operating system's page cache (Linux, root), so the next reads come from the
 * disk: a cached load after a reboot, or after the model's files were pushed out of memory.
 * Where that is not allowed (not Linux, not root) the caller skips the cold condition and
 * says so in the figure's notes.
 */
const DROP_CACHES = "/proc/sys/vm/drop_caches";

/** Whether `dropPageCache` can work here; opening the file drops nothing, writing does. */
export function canDropPageCache(): boolean {
  try {
    closeSync(openSync(DROP_CACHES, "w"));
    return true;
  } catch {
    return false;
  }
}

export function dropPageCache(): void {
  execSync("sync");
  writeFileSync(DROP_CACHES, "3\n");
}
