import { describe, expect, it } from "vitest";
import { watchOnline } from "../../../src/pwa/online";

describe("watchOnline", () => {
  it("starts from navigator.onLine and follows the online/offline events", () => {
    const target = new EventTarget();
    const state = watchOnline({
      navigator: { onLine: false },
      addEventListener: (type, l) => target.addEventListener(type, l),
    });
    expect(state.value).toBe(false);
    target.dispatchEvent(new Event("online"));
    expect(state.value).toBe(true);
    target.dispatchEvent(new Event("offline"));
    expect(state.value).toBe(false);
  });
});
