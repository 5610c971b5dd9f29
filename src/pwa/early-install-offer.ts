/**
 * Chromium may offer installation (`beforeinstallprompt`, fired once) before the app's code
 * has built the app: main.tsx builds it only after the first paint. main.tsx starts holding
 * the offer at once; InstallModel takes it when the app starts.
 */
let held: Event | undefined;

export function holdInstallOffer(source: Pick<Window, "addEventListener">) {
  source.addEventListener("beforeinstallprompt", (event) => {
    // Keep the browser's own mini-infobar away; the top bar's button offers it.
    event.preventDefault();
    held = event;
  });
}

/** The offer that came before the app started, if any; once. */
export function takeHeldInstallOffer(): Event | undefined {
  const event = held;
  held = undefined;
  return event;
}
