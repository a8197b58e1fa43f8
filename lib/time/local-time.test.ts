import { describe, expect, it } from "vitest";
import { instantOfLocal, localInputValue } from "./local-time";

describe("local wall-clock times", () => {
  it.each([
    ["2026-12-07T14:30", "Asia/Manila", "2026-12-07T06:30:00.000Z"],
    ["2026-12-07T00:00", "Asia/Manila", "2026-12-06T16:00:00.000Z"],
    ["2026-07-01T09:00", "America/New_York", "2026-07-01T13:00:00.000Z"],
    ["2026-01-15T09:00", "America/New_York", "2026-01-15T14:00:00.000Z"],
  ])("%s in %s is %s", (local, zone, iso) => {
    expect(instantOfLocal(local, zone)?.toISOString()).toBe(iso);
    expect(localInputValue(new Date(iso), zone)).toBe(local);
  });

  it.each(["", "yesterday", "2026-02-30T10:00", "2026-12-07 14:30x"])("refuses %j", (text) => {
    expect(instantOfLocal(text, "Asia/Manila")).toBeNull();
  });
});
