import { signal } from "@preact/signals";

/** Chromium's install offer; not in TypeScript's DOM types. */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
}

export interface InstallSource {
  addEventListener(type: string, listener: (event: Event) => void): void;
  matchMedia(query: string): { matches: boolean };
}

/**
 * "Install app": offered only while the browser has an install prompt for us
 * (`beforeinstallprompt`), and never again once the app is installed or running installed.
 */
export class InstallModel {
  readonly canInstall = signal(false);
  private offer: InstallPromptEvent | null = null;

  /** `early`: an offer the browser made before the app started (early-install-offer.ts). */
  constructor(source: InstallSource, early?: Event) {
    const standalone = source.matchMedia("(display-mode: standalone)").matches;
    const take = (event: Event) => {
      if (standalone) return;
      this.offer = event as InstallPromptEvent;
      this.canInstall.value = true;
    };
    if (early) take(early);
    source.addEventListener("beforeinstallprompt", (event) => {
      // Keep the browser's own mini-infobar away; the button in the top bar offers it.
      event.preventDefault();
      take(event);
    });
    source.addEventListener("appinstalled", () => {
      this.offer = null;
      this.canInstall.value = false;
    });
  }

  /** Shows the browser's install dialog; the offer can be used only once either way. */
  async install(): Promise<void> {
    const offer = this.offer;
    if (!offer) return;
    this.offer = null;
    this.canInstall.value = false;
    // Accepted or dismissed, the offer is spent; Chromium fires beforeinstallprompt again
    // when it may ask again.
    await offer.prompt();
  }
}
