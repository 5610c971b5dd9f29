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

/** A registration whose workers change state when the test says. */
function fakeRegistration() {
  const registration = Object.assign(new EventTarget(), {
    waiting: null as ServiceWorker | null,
    installing: null as ServiceWorker | null,
    active: null as ServiceWorker | null,
    update: vi.fn(async () => undefined),
  });
  const worker = (state: ServiceWorkerState) =>
    Object.assign(new EventTarget(), { state }) as unknown as ServiceWorker;
  const settle = (w: ServiceWorker, state: ServiceWorkerState) => {
    Object.assign(w, { state });
    w.dispatchEvent(new Event("statechange"));
  };
  return {
    registration,
    worker,
    settle,
    as: () => registration as unknown as ServiceWorkerRegistration,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

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

  it("an open app looks for updates when back online, when shown again and hourly", async () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    const reg = fakeRegistration();
    sw.options().onRegisteredSW?.("/sw.js", reg.as());
    w.win.dispatchEvent(new Event("online"));
    await flush();
    w.doc.visibilityState = "hidden";
    w.doc.dispatchEvent(new Event("visibilitychange"));
    w.doc.visibilityState = "visible";
    w.doc.dispatchEvent(new Event("visibilitychange"));
    await flush();
    w.timers.forEach((t) => t());
    await flush();
    expect(reg.registration.update).toHaveBeenCalledTimes(3);
  });

  it("coming back online before the registration is known still looks, once it is", async () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    w.win.dispatchEvent(new Event("online"));
    await flush();
    const reg = fakeRegistration();
    sw.options().onRegisteredSW?.("/sw.js", reg.as());
    await flush();
    expect(reg.registration.update).toHaveBeenCalledTimes(1);
  });

  it("a check asked for while one runs runs after it, not folded into it", async () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    const reg = fakeRegistration();
    let finish = () => {};
    reg.registration.update.mockImplementationOnce(
      () =>
        new Promise<undefined>(
          (resolve) => (finish = () => resolve(undefined)),
        ),
    );
    sw.options().onRegisteredSW?.("/sw.js", reg.as());
    w.win.dispatchEvent(new Event("online"));
    await flush();
    w.win.dispatchEvent(new Event("online"));
    w.win.dispatchEvent(new Event("online"));
    await flush();
    expect(reg.registration.update).toHaveBeenCalledTimes(1);
    finish();
    await flush();
    expect(reg.registration.update).toHaveBeenCalledTimes(2);
  });

  it("a check asked for while a new version installs runs once that install has failed", async () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    const reg = fakeRegistration();
    reg.registration.active = reg.worker("activated");
    const failing = reg.worker("installing");
    reg.registration.installing = failing;
    sw.options().onRegisteredSW?.("/sw.js", reg.as());
    w.win.dispatchEvent(new Event("online"));
    await flush();
    // The browser would compare sw.js with the installing worker's and find nothing new.
    expect(reg.registration.update).not.toHaveBeenCalled();
    reg.registration.installing = null;
    reg.settle(failing, "redundant");
    await flush();
    expect(reg.registration.update).toHaveBeenCalledTimes(1);
    expect(model.updateReady.value).toBe(false);
  });

  it("a new version already installing when the app registers is offered once installed", () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    const sw = start(model);
    const reg = fakeRegistration();
    reg.registration.active = reg.worker("activated");
    const next = reg.worker("installing");
    reg.registration.installing = next;
    sw.options().onRegisteredSW?.("/sw.js", reg.as());
    expect(model.updateReady.value).toBe(false);
    reg.settle(next, "installed");
    expect(model.updateReady.value).toBe(true);
  });

  it("a version already waiting is offered; a first install is not, even under another copy's worker", () => {
    const first = fakeWindow();
    const fresh = new UpdateModel(first.source);
    const reg = fakeRegistration();
    start(fresh).options().onRegisteredSW?.("/sw.js", reg.as());
    const only = reg.worker("installing");
    reg.registration.installing = only;
    reg.registration.dispatchEvent(new Event("updatefound"));
    reg.settle(only, "installed");
    expect(fresh.updateReady.value).toBe(false);

    const w = fakeWindow();
    const waiting = fakeRegistration();
    waiting.registration.active = waiting.worker("activated");
    waiting.registration.waiting = waiting.worker("installed");
    const model = new UpdateModel(w.source);
    start(model).options().onRegisteredSW?.("/sw.js", waiting.as());
    expect(model.updateReady.value).toBe(true);
  });

  it("offline-ready is reported for the first install", () => {
    const w = fakeWindow();
    const model = new UpdateModel(w.source);
    start(model).options().onOfflineReady?.();
    expect(model.offlineReady.value).toBe(true);
  });
});
