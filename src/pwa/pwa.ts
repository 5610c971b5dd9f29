import type { ReadonlySignal } from "@preact/signals";
import type { InstallModel } from "./install-model";
import type { UpdateModel } from "./update-model";

/** What the UI needs from the PWA side: install offer, update state, network state. */
export interface Pwa {
  install: InstallModel;
  updates: UpdateModel;
  online: ReadonlySignal<boolean>;
}
