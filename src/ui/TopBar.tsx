import type { EngineModel } from "../engine/engine-model";
import type { LayoutState } from "./layout-state";
import { ModelPicker } from "./ModelPicker";
import { SidebarToggle } from "./SidebarToggle";
import { StatusChip } from "./StatusChip";
import type { ThemeModel } from "./theme";
import { ThemeToggle } from "./ThemeToggle";

export function TopBar({
  engine,
  theme,
  layout,
}: {
  engine: EngineModel;
  theme: ThemeModel;
  layout: LayoutState;
}) {
  return (
    <header class="topbar">
      <SidebarToggle layout={layout} />
      <span class="brand" aria-hidden="true">
        Hearth
      </span>
      <ModelPicker engine={engine} />
      <StatusChip engine={engine} />
      <ThemeToggle theme={theme} />
    </header>
  );
}
