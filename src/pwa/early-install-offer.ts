/**
 * Chromium may offer installation (`beforeinstallprompt`, fired once) before the app has
 * built its InstallModel: main.tsx starts holding the offer on its first line, and the
 * app takes it when it starts. From then on the InstallModel listens alone.
 */
let held: Event | undefined;
let letGo: (() => void) | undefined;

export function holdInstallOffer(
  source: Pick<Window, "addEventListener" | "removeEventListener">,
) {
  const hold = (event: Event) => {
    // Keep the browser's own mini-infobar away; the top bar's button offers it.
    event.preventDefault();
    held = event;
  };
  source.addEventListener("beforeinstallprompt", hold);
  letGo = () => source.removeEventListener("beforeinstallprompt", hold);
}

/** The offer that came before the app started, if any; once, and the holder lets go. */
export function takeHeldInstallOffer(): Event | undefined {
  letGo?.();
  letGo = undefined;
  const event = held;
  held = undefined;
  return event;
}
