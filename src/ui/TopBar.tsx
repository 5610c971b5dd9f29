import type { EngineModel } from "../engine/engine-model";
import type { Pwa } from "../pwa/pwa";
import { InstallButton } from "./InstallButton";
import { ModelPicker } from "./ModelPicker";
import { OfflineBadge } from "./OfflineBadge";
import { StatusChip } from "./StatusChip";

export function TopBar({ engine, pwa }: { engine: EngineModel; pwa: Pwa }) {
  return (
    <header class="topbar">
      <span class="brand" aria-hidden="true">
        Hearth
      </span>
      <ModelPicker engine={engine} />
      <StatusChip engine={engine} />
      <OfflineBadge online={pwa.online} />
      <InstallButton install={pwa.install} />
    </header>
  );
}
