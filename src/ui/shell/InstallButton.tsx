import { Download } from "lucide-preact";
import type { InstallModel } from "../../pwa/install-model";
import { IconButton } from "../kit/IconButton";

/** Shown only while the browser offers installation; gone once the app is installed. */
export function InstallButton({ install }: { install: InstallModel }) {
  if (!install.canInstall.value) return null;
  return (
    <IconButton
      icon={Download}
      label="Install app"
      tip="Install Hearth as an app"
      showLabel
      class="install-button"
      onClick={() => void install.install()}
    />
  );
}
