import { describe, expect, it } from "vitest";
import {
  brokenNumbers,
  median,
  meetsTarget,
  recordFigure,
  type Figure,
} from "../../../bench/support/figures";

const figure = (over: Partial<Figure>): Figure => ({
  id: "t",
  title: "t",
  unit: "ms",
  value: 150,
  baseline: { title: "b", value: 100 },
  ratio: 1.5,
  ...over,
});

describe("benchmark figures", () => {
  it("refuses a figure whose ratio cannot be computed", () => {
    expect(() =>
      recordFigure({
        id: "zero",
        title: "zero baseline",
        unit: "ms",
        value: 1,
        baseline: { title: "b", value: 0 },
      }),
    ).toThrow(/"zero" is not usable: ratio is NaN/);
    expect(() =>
      recordFigure({
        id: "nan",
        title: "nan",
        unit: "ms",
        value: NaN,
        baseline: { title: "b", value: 1 },
      }),
    ).toThrow(/value is NaN/);
  });

  it("names every non-finite number", () => {
    expect(brokenNumbers(figure({}))).toBeUndefined();
    expect(brokenNumbers(figure({ value: Infinity, ratio: Infinity }))).toBe(
      "value is Infinity, ratio is Infinity",
    );
  });

  it("checks targets on the ratio or, when asked, on the value", () => {
    expect(meetsTarget(figure({}))).toBeUndefined();
    expect(meetsTarget(figure({ target: { max: 1.5 } }))).toBe(true);
    expect(meetsTarget(figure({ target: { max: 1.4 } }))).toBe(false);
    expect(meetsTarget(figure({ target: { max: 149, on: "value" } }))).toBe(
      false,
    );
    expect(meetsTarget(figure({ ratio: NaN, target: { max: 2 } }))).toBe(false);
  });

  it("takes the median of odd and even samples", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
