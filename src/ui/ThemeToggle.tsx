import type { ThemeModel } from "./theme";

/** One button: pressed means dark. Its name stays put; its state is aria-pressed. */
export function ThemeToggle({ theme }: { theme: ThemeModel }) {
  const dark = theme.theme.value === "dark";
  return (
    <button
      type="button"
      class="theme-toggle"
      aria-label="Dark theme"
      aria-pressed={dark}
      title={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      onClick={() => theme.toggle()}
    >
      <span aria-hidden="true" class="theme-icon">
        {dark ? "☾" : "☀"}
      </span>
      <span class="theme-label">Dark theme</span>
    </button>
  );
}
