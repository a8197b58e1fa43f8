import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, retryDelayMs } from "./sender";

describe("retryDelayMs", () => {
  it("doubles from one minute and stops growing at sixteen", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 8, 16, 16, 16]);
  });
  it("gives up within about half an hour of the first try", () => {
    const waited = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1)).reduce((a, b) => a + b, 0);
    expect(waited / 60_000).toBe(31);
  });
});
