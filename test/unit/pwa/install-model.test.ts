import { describe, expect, it, vi } from "vitest";
import {
  holdInstallOffer,
  takeHeldInstallOffer,
} from "../../../src/pwa/early-install-offer";
import {
  InstallModel,
  type InstallSource,
} from "../../../src/pwa/install-model";

function fakeWindow(standalone = false) {
  const target = new EventTarget();
  const source: InstallSource & Pick<Window, "removeEventListener"> = {
    addEventListener: (type, listener) =>
      target.addEventListener(type, listener),
    removeEventListener: (type: string, listener: EventListener) =>
      target.removeEventListener(type, listener),
    matchMedia: () => ({ matches: standalone }),
  };
  const offer = (outcome: "accepted" | "dismissed") => {
    const event = Object.assign(
      new Event("beforeinstallprompt", { cancelable: true }),
      {
        prompt: vi.fn(async () => undefined),
        userChoice: Promise.resolve({ outcome }),
      },
    );
    target.dispatchEvent(event);
    return event;
  };
  return {
    source,
    offer,
    fire: (type: string) => target.dispatchEvent(new Event(type)),
  };
}

describe("InstallModel", () => {
  it("offers installation only once the browser does, and keeps the browser's bar away", () => {
    const w = fakeWindow();
    const model = new InstallModel(w.source);
    expect(model.canInstall.value).toBe(false);
    const event = w.offer("accepted");
    expect(event.defaultPrevented).toBe(true);
    expect(model.canInstall.value).toBe(true);
  });

  it("install() shows the browser's prompt once and hides the button", async () => {
    const w = fakeWindow();
    const model = new InstallModel(w.source);
    const event = w.offer("accepted");
    await model.install();
    expect(event.prompt).toHaveBeenCalledTimes(1);
    expect(model.canInstall.value).toBe(false);
    await model.install();
    expect(event.prompt).toHaveBeenCalledTimes(1);
  });

  it("the button goes when the app is installed by other means (the browser menu)", () => {
    const w = fakeWindow();
    const model = new InstallModel(w.source);
    w.offer("accepted");
    w.fire("appinstalled");
    expect(model.canInstall.value).toBe(false);
  });

  it("never offers installation inside the installed app", () => {
    const w = fakeWindow(true);
    const model = new InstallModel(w.source);
    w.offer("accepted");
    expect(model.canInstall.value).toBe(false);
  });

  it("an offer made before the app started is held for it, once, and used", async () => {
    const w = fakeWindow();
    holdInstallOffer(w.source);
    const event = w.offer("accepted");
    expect(event.defaultPrevented).toBe(true);
    const model = new InstallModel(w.source, takeHeldInstallOffer());
    expect(model.canInstall.value).toBe(true);
    expect(takeHeldInstallOffer()).toBeUndefined();
    await model.install();
    expect(event.prompt).toHaveBeenCalledTimes(1);
  });

  it("once the app has taken the held offer, later offers go to the app alone", async () => {
    const w = fakeWindow();
    holdInstallOffer(w.source);
    const model = new InstallModel(w.source, takeHeldInstallOffer());
    const later = w.offer("accepted");
    expect(takeHeldInstallOffer()).toBeUndefined();
    expect(model.canInstall.value).toBe(true);
    await model.install();
    expect(later.prompt).toHaveBeenCalledTimes(1);
  });

  it("an offer held before the app started is not used inside the installed app", () => {
    const w = fakeWindow(true);
    holdInstallOffer(w.source);
    w.offer("accepted");
    const model = new InstallModel(w.source, takeHeldInstallOffer());
    expect(model.canInstall.value).toBe(false);
  });
});
