import type { EngineModel } from "../../engine/engine-model";
import type { ModelManager } from "../../engine/model-manager";
import type { Pwa } from "../../pwa/pwa";
import { InstallButton } from "./InstallButton";
import type { LayoutState } from "./layout-state";
import { ModelPicker } from "../models/ModelPicker";
import { OfflineBadge } from "./OfflineBadge";
import { SidebarToggle } from "./SidebarToggle";
import { StatusChip } from "./StatusChip";
import type { ThemeModel } from "./theme";
import { ThemeToggle } from "./ThemeToggle";
import "./topbar.css";

export function TopBar({
  engine,
  models,
  theme,
  layout,
  pwa,
}: {
  engine: EngineModel;
  models: ModelManager;
  theme: ThemeModel;
  layout: LayoutState;
  pwa: Pwa;
}) {
  return (
    <header class="topbar">
      <SidebarToggle layout={layout} />
      <span class="brand" aria-hidden="true">
        Hearth
      </span>
      <ModelPicker engine={engine} models={models} />
      {/* Status and the small controls share one group that never wraps inside itself. */}
      <div class="topbar-end">
        <StatusChip engine={engine} />
        <OfflineBadge online={pwa.online} />
        <InstallButton install={pwa.install} />
        <ThemeToggle theme={theme} />
      </div>
    </header>
  );
}
