import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDateTime, formatDayOf, formatTimeOf, tenantDate } from "./format";

/**
 * The same text on the server and in every browser: written from numbers, not
 * from Intl's locale data (which puts U+202F or a plain space before "PM"
 * depending on the ICU version, and may lack en-PH).
 */
describe("date and time formats", () => {
  const instant = new Date("2026-12-06T04:27:00Z"); // 12:27 PM in Manila

  it("writes instants in the tenant's zone, with a plain space before AM/PM", () => {
    expect(formatDateTime(instant, "Asia/Manila")).toBe("Dec 6, 2026, 12:27 PM");
    expect(formatDateTime("2026-12-05T16:05:00Z", "Asia/Manila")).toBe("Dec 6, 2026, 12:05 AM");
    expect(formatDateTime(instant, "UTC")).toBe("Dec 6, 2026, 4:27 AM");
    expect(formatDateTime(instant, "America/New_York")).toBe("Dec 5, 2026, 11:27 PM");
    expect(formatDateTime(null, "Asia/Manila")).toBe("—");
    expect(formatDateTime(instant, "Asia/Manila")).not.toMatch(/\u202f/);
  });

  it("splits an instant into its day and its time", () => {
    expect(formatDayOf(instant, "Asia/Manila")).toBe("Dec 6, 2026");
    expect(formatTimeOf(instant, "Asia/Manila")).toBe("12:27 PM");
    expect(formatTimeOf("2026-01-01T00:00:00Z", "UTC")).toBe("12:00 AM");
  });

  it("gives the tenant's calendar date", () => {
    expect(tenantDate(new Date("2026-11-30T16:30:00Z"), "Asia/Manila")).toBe("2026-12-01");
    expect(tenantDate(new Date("2026-11-30T15:59:00Z"), "Asia/Manila")).toBe("2026-11-30");
  });

  it("writes calendar dates without a zone", () => {
    expect(formatCalendarDate("2026-11-25")).toBe("Nov 25, 2026");
    expect(formatCalendarDate("2027-01-01")).toBe("Jan 1, 2027");
    expect(formatCalendarDate(null)).toBe("—");
  });
});
