import { describe, expect, it } from "vitest";
import { formatCount } from "./count";

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [1234567, "1,234,567"],
    [100000, "100,000"],
    [-12345, "-12,345"],
  ])("%i -> %s", (n, text) => expect(formatCount(n)).toBe(text));
});
