import { signal } from "@preact/signals";

/** UI-only state of the page layout: whether the sidebar is shown on a narrow screen. */
export class LayoutState {
  readonly sidebarOpen = signal(false);
}
