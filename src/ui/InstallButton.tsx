import type { InstallModel } from "../pwa/install-model";

/** Shown only while the browser offers installation; gone once the app is installed. */
export function InstallButton({ install }: { install: InstallModel }) {
  if (!install.canInstall.value) return null;
  return (
    <button
      type="button"
      class="install-button"
      onClick={() => void install.install()}
    >
      Install app
    </button>
  );
}
