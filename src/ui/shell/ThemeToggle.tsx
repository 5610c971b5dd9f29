import { Moon, Sun } from "lucide-preact";
import { IconButton } from "../kit/IconButton";
import type { ThemeModel } from "./theme";

/** One button: pressed means dark. Its name stays put; its state is aria-pressed. */
export function ThemeToggle({ theme }: { theme: ThemeModel }) {
  const dark = theme.theme.value === "dark";
  return (
    <IconButton
      icon={dark ? Moon : Sun}
      label="Dark theme"
      tip={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      class="theme-toggle"
      aria-pressed={dark}
      onClick={() => theme.toggle()}
    />
  );
}
