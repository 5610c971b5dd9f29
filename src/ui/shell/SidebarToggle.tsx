import { Menu } from "lucide-preact";
import { t } from "../../i18n/locale";
import { IconButton } from "../kit/IconButton";
import type { LayoutState } from "./layout-state";

/** Shown on narrow screens only (CSS): the sidebar sits behind this button. */
export function SidebarToggle({ layout }: { layout: LayoutState }) {
  const open = layout.sidebarOpen.value;
  return (
    <IconButton
      icon={Menu}
      label={t("shell.sidebarToggle.label")}
      class="sidebar-toggle"
      aria-expanded={open}
      aria-controls="sidebar"
      onClick={() => (layout.sidebarOpen.value = !open)}
    />
  );
}
