import type { EngineModel } from "../engine/engine-model";
import { ModelPicker } from "./ModelPicker";
import { StatusChip } from "./StatusChip";

export function TopBar({ engine }: { engine: EngineModel }) {
  return (
    <header class="topbar">
      <span class="brand" aria-hidden="true">
        Hearth
      </span>
      <ModelPicker engine={engine} />
      <StatusChip engine={engine} />
    </header>
  );
}
