import { computed, signal } from "@preact/signals";
import { localStore } from "../../storage/local-store";

export type Theme = "light" | "dark";
const KEY = "hearth.theme";

/**
 * Light or dark: the system's choice until the reader toggles, then theirs, remembered in
 * localStorage (one small string; no need for IndexedDB). Applied as `data-theme` on <html>.
 */
export class ThemeModel {
  private readonly system = signal<Theme>("light");
  readonly chosen = signal<Theme | null>(null);
  readonly theme = computed(() => this.chosen.value ?? this.system.value);

  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem"> | null,
    media: MediaQueryList | null,
    private readonly root: HTMLElement | null,
  ) {
    if (media) {
      this.system.value = media.matches ? "dark" : "light";
      media.addEventListener("change", (e) => {
        this.system.value = e.matches ? "dark" : "light";
      });
    }
    const saved = this.read();
    if (saved) this.apply(saved);
  }

  toggle(): void {
    this.apply(this.theme.value === "dark" ? "light" : "dark");
    try {
      this.storage?.setItem(KEY, this.chosen.value!);
    } catch {
      // Storage refused (private mode, quota): the choice still holds for this visit.
    }
  }

  private apply(theme: Theme): void {
    this.chosen.value = theme;
    this.root?.setAttribute("data-theme", theme);
  }

  private read(): Theme | null {
    try {
      const v = this.storage?.getItem(KEY);
      return v === "light" || v === "dark" ? v : null;
    } catch {
      return null;
    }
  }
}

/** The browser's theme model, for app.tsx. */
export function browserTheme(): ThemeModel {
  return new ThemeModel(
    localStore(),
    window.matchMedia?.("(prefers-color-scheme: dark)") ?? null,
    document.documentElement,
  );
}
