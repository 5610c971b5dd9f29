import { afterEach, describe, expect, it, vi } from "vitest";
import de from "../../src/i18n/de";
import en from "../../src/i18n/en";
import { formatBytes } from "../../src/i18n/format";
import { applyCatalog, formatNumber, language, t } from "../../src/i18n/locale";

afterEach(() => {
  applyCatalog("en", en);
  vi.restoreAllMocks();
});

describe("the language in use", () => {
  it("writes numbers and plurals the way the language does", () => {
    expect(t("shell.sidebar.matches", { count: 1 })).toBe("1 chat matches.");
    expect(t("shell.sidebar.matches", { count: 1234 })).toBe(
      "1,234 chats match.",
    );
    expect(t("shell.sidebar.matches", { count: 0 })).toBe("No chat matches.");
    applyCatalog("de", de);
    expect(language()).toBe("de");
    expect(t("shell.sidebar.matches", { count: 1234 })).toBe(
      "1.234 Chats gefunden.",
    );
    expect(formatBytes(1.5 * 2 ** 30)).toBe("1,50 GB");
  });

  // The first Intl.NumberFormat of a page loads ICU's number data (12 to 40 ms in
  // Chromium here), so a start-up that writes no number must not make one.
  it("makes a number format only when a number is written", () => {
    const Real = Intl.NumberFormat;
    const made = vi.spyOn(Intl, "NumberFormat").mockImplementation(function (
      ...args
    ) {
      return new Real(...args);
    });
    applyCatalog("de", de);
    expect(t("shell.sidebar.searchLabel")).toBe(
      de["shell.sidebar.searchLabel"],
    );
    expect(made).not.toHaveBeenCalled();
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(2)).toBe("2");
    expect(made).toHaveBeenCalledTimes(1);
    // A format with options is made once, then reused.
    formatNumber(1, { minimumFractionDigits: 2 });
    formatNumber(3, { minimumFractionDigits: 2 });
    expect(made).toHaveBeenCalledTimes(2);
  });
});
