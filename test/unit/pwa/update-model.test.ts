import { describe, expect, it, vi } from "vitest";
import type { RegisterSWOptions } from "vite-plugin-pwa/types";
import { UpdateModel, type UpdateSource } from "../../../src/pwa/update-model";

function fakeWindow() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const sw = new EventTarget();
  const timers: Array<() => void> = [];
  const source: UpdateSource = {
    addEventListener: (type, listener) => win.addEventListener(type, listener),
    document: doc,
    setInterval: (handler) => timers.push(handler),
    navigator: { serviceWorker: sw },
    location: { reload: vi.fn() },
  };
  return { source, win, doc, sw, timers };
}

function start(model: UpdateModel) {
  let options: RegisterSWOptions = {};
  const skipWaiting = vi.fn(async () => undefined);
  model.start((o) => {
    options = o;
    return skipWaiting;
  });
  return { options: () => options, skipWaiting };
}

describe("UpdateModel", () => {
  it("shows the prompt when a new version waits, and Reload activates it", async () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    expect(model.updateReady.value).toBe(false);
    sw.options().onNeedRefresh?.();
    expect(model.updateReady.value).toBe(true);
    await model.reload();
    expect(sw.skipWaiting).toHaveBeenCalledWith(true);
  });

  it("reloads once when the new version takes over, also in a page without a controller at load", () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    // A controller change before any update was offered (the first install) is no reason.
    w.sw.dispatchEvent(new Event("controllerchange"));
    expect(w.source.location.reload).not.toHaveBeenCalled();
    sw.options().onNeedRefresh?.();
    w.sw.dispatchEvent(new Event("controllerchange"));
    sw.options().onNeedReload?.();
    expect(w.source.location.reload).toHaveBeenCalledTimes(1);
  });

  it("an open app looks for updates when back online, when shown again and hourly", () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    const registration = { update: vi.fn(async () => undefined) };
    sw.options().onRegisteredSW?.(
      "/sw.js",
      registration as unknown as ServiceWorkerRegistration,
    );
    w.win.dispatchEvent(new Event("online"));
    w.doc.visibilityState = "hidden";
    w.doc.dispatchEvent(new Event("visibilitychange"));
    w.doc.visibilityState = "visible";
    w.doc.dispatchEvent(new Event("visibilitychange"));
    w.timers.forEach((t) => t());
    expect(registration.update).toHaveBeenCalledTimes(3);
  });

  it("offline-ready is reported for the first install", () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    start(model).options().onOfflineReady?.();
    expect(model.offlineReady.value).toBe(true);
  });
});
