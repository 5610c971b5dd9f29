import type { EngineModel } from "../engine/engine-model";
import type { Pwa } from "../pwa/pwa";
import { InstallButton } from "./InstallButton";
import type { LayoutState } from "./layout-state";
import { ModelPicker } from "./ModelPicker";
import { OfflineBadge } from "./OfflineBadge";
import { SidebarToggle } from "./SidebarToggle";
import { StatusChip } from "./StatusChip";
import type { ThemeModel } from "./theme";
import { ThemeToggle } from "./ThemeToggle";

export function TopBar({
  engine,
  theme,
  layout,
  pwa,
}: {
  engine: EngineModel;
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
      <ModelPicker engine={engine} />
      <StatusChip engine={engine} />
      <OfflineBadge online={pwa.online} />
      <InstallButton install={pwa.install} />
      <ThemeToggle theme={theme} />
    </header>
  );
}
