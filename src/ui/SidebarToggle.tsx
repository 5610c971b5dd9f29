import type { LayoutState } from "./layout-state";

/** Shown on narrow screens only (CSS): the sidebar sits behind this button. */
export function SidebarToggle({ layout }: { layout: LayoutState }) {
  const open = layout.sidebarOpen.value;
  return (
    <button
      type="button"
      class="sidebar-toggle"
      aria-label="Conversations"
      aria-expanded={open}
      aria-controls="sidebar"
      onClick={() => (layout.sidebarOpen.value = !open)}
    >
      <span aria-hidden="true">☰</span>
    </button>
  );
}
