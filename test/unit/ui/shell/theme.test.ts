import { describe, expect, it } from "vitest";
import { ThemeModel } from "../../../../src/ui/shell/theme";

class Media extends EventTarget {
  constructor(public matches: boolean) {
    super();
  }
  flip(matches: boolean) {
    this.matches = matches;
    this.dispatchEvent(Object.assign(new Event("change"), { matches }));
  }
}

const store = (initial: Record<string, string> = {}) => {
  const data = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => void (data[k] = v),
  };
};

describe("ThemeModel", () => {
  it("follows the system until the reader chooses", () => {
    const media = new Media(false);
    const t = new ThemeModel(store(), media as unknown as MediaQueryList, null);
    expect(t.theme.value).toBe("light");
    media.flip(true);
    expect(t.theme.value).toBe("dark");
    t.toggle();
    expect(t.theme.value).toBe("light");
    media.flip(false);
    media.flip(true);
    expect(t.theme.value).toBe("light");
  });

  it("remembers the choice and applies it on the next start", () => {
    const s = store();
    new ThemeModel(
      s,
      new Media(false) as unknown as MediaQueryList,
      null,
    ).toggle();
    expect(s.data["hearth.theme"]).toBe("dark");
    const next = new ThemeModel(
      s,
      new Media(false) as unknown as MediaQueryList,
      null,
    );
    expect(next.theme.value).toBe("dark");
  });

  it("ignores a stored value it does not know, and storage that throws", () => {
    const bad = { getItem: () => "purple", setItem: () => {} };
    expect(
      new ThemeModel(bad, new Media(true) as unknown as MediaQueryList, null)
        .theme.value,
    ).toBe("dark");
    const throwing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    const t = new ThemeModel(throwing, null, null);
    t.toggle();
    expect(t.theme.value).toBe("dark");
  });
});
