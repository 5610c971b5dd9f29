import { Download } from "lucide-preact";
import { t } from "../../i18n/locale";
import type { InstallModel } from "../../pwa/install-model";
import { IconButton } from "../kit/IconButton";

/** Shown only while the browser offers installation; gone once the app is installed. */
export function InstallButton({ install }: { install: InstallModel }) {
  if (!install.canInstall.value) return null;
  return (
    <IconButton
      icon={Download}
      label={t("shell.install.label")}
      tip={t("shell.install.tip")}
      showLabel
      class="install-button"
      onClick={() => void install.install()}
    />
  );
}
