import { signal } from "@preact/signals";
import type { RegisterSWOptions } from "vite-plugin-pwa/types";

/** virtual:pwa-register's registerSW, passed in so tests can drive it. */
export type RegisterSW = (
  options: RegisterSWOptions,
) => (reloadPage?: boolean) => Promise<void>;

export interface UpdateSource {
  addEventListener(type: "online", listener: () => void): void;
  document: {
    visibilityState: string;
    addEventListener(type: "visibilitychange", listener: () => void): void;
  };
  setInterval(handler: () => void, ms: number): unknown;
  navigator: {
    serviceWorker?: {
      addEventListener(type: "controllerchange", listener: () => void): void;
    };
  };
  location: { reload(): void };
}

// How often an app left open asks the server for a new version.
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The service worker's life seen by the UI. A new version installs in the background and
 * waits: the open page keeps running on its own version's precached chunks, so old and new
 * code never mix, until the user chooses "Reload" (the new worker then takes over and
 * every open tab reloads, so no tab runs old code against the new precache).
 */
export class UpdateModel {
  readonly updateReady = signal(false);
  /** The app shell is cached: the next visit works with no network. */
  readonly offlineReady = signal(false);
  private reloading = false;
  private applyUpdate: ((reloadPage?: boolean) => Promise<void>) | null = null;

  constructor(private readonly source: UpdateSource) {}

  start(registerSW: RegisterSW): void {
    let registered: (
      registration: ServiceWorkerRegistration,
    ) => void = () => {};
    this.watchForUpdates(new Promise((resolve) => (registered = resolve)));
    // Workbox reloads only pages that had a controller when they loaded; a first visit's
    // page has none, so every page that was told of the update reloads on the switch.
    this.source.navigator.serviceWorker?.addEventListener(
      "controllerchange",
      () => {
        if (this.updateReady.value) this.reloadOnce();
      },
    );
    this.applyUpdate = registerSW({
      immediate: true,
      onNeedRefresh: () => (this.updateReady.value = true),
      onNeedReload: () => this.reloadOnce(),
      onOfflineReady: () => (this.offlineReady.value = true),
      onRegisteredSW: (_url, registration) => {
        if (!registration) return;
        this.watchWaiting(registration);
        registered(registration);
      },
    });
  }

  /** Activates the waiting version; the page reloads once it controls the page. */
  async reload(): Promise<void> {
    await this.applyUpdate?.(true);
  }

  private reloadOnce(): void {
    if (this.reloading) return;
    this.reloading = true;
    this.source.location.reload();
  }

  // Workbox offers an update only for a worker it saw from its `updatefound` on; the app
  // registers after its first paint, so a worker the navigation's own update check had
  // already begun installing would wait unannounced. The registration's own state says.
  private watchWaiting(registration: ServiceWorkerRegistration): void {
    // An installed worker beside an active one is a new version; without one it is the
    // first install (the page's controller may be another copy's, at a wider scope).
    const offer = (worker: ServiceWorker) => {
      if (worker.state === "installed" && registration.active)
        this.updateReady.value = true;
    };
    const follow = (worker: ServiceWorker | null) => {
      if (!worker) return;
      worker.addEventListener("statechange", () => offer(worker));
      offer(worker);
    };
    follow(registration.waiting);
    follow(registration.installing);
    registration.addEventListener("updatefound", () =>
      follow(registration.installing),
    );
  }

  // Browsers look for a new service worker only on navigation; an app left open for days
  // also looks when it comes back online, when it is shown again, and every hour. The
  // listeners are there from the start: a check asked for before the registration is
  // known runs once it is. The browser folds an update() into one still running, which
  // may have fetched sw.js before the new deploy, so a check asked for meanwhile runs
  // after it. Likewise after an install still running: the browser compares sw.js with
  // the installing worker's, finds nothing new, and if that install then fails (the very
  // network drop this check came back from) the update would wait for the next trigger.
  private watchForUpdates(
    registration: Promise<ServiceWorkerRegistration>,
  ): void {
    let running = false;
    let again = false;
    const check = (): void => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      void registration
        .then(async (r) => {
          await installEnded(r.installing);
          await r.update();
        })
        .catch(() => {
          // Offline or the server is down: the next trigger tries again.
        })
        .finally(() => {
          running = false;
          if (again) {
            again = false;
            check();
          }
        });
    };
    this.source.addEventListener("online", check);
    this.source.document.addEventListener("visibilitychange", () => {
      if (this.source.document.visibilityState === "visible") check();
    });
    this.source.setInterval(check, CHECK_EVERY_MS);
  }
}

/** Resolves once `worker` is no longer installing (installed, or failed and redundant). */
function installEnded(worker: ServiceWorker | null): Promise<void> {
  return new Promise((resolve) => {
    if (!worker || worker.state !== "installing") return resolve();
    worker.addEventListener("statechange", () => {
      if (worker.state !== "installing") resolve();
    });
  });
}
