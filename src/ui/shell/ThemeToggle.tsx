import { Moon, Sun } from "lucide-preact";
import { t } from "../../i18n/locale";
import { IconButton } from "../kit/IconButton";
import type { ThemeModel } from "./theme";

/** One button: pressed means dark. Its name stays put; its state is aria-pressed. */
export function ThemeToggle({ theme }: { theme: ThemeModel }) {
  const dark = theme.theme.value === "dark";
  return (
    <IconButton
      icon={dark ? Moon : Sun}
      label={t("shell.theme.label")}
      tip={dark ? t("shell.theme.toLight") : t("shell.theme.toDark")}
      class="theme-toggle"
      aria-pressed={dark}
      onClick={() => theme.toggle()}
    />
  );
}
