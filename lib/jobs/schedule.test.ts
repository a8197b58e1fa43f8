import { describe, expect, it } from "vitest";
import { tenantsDueForDailyRun } from "./schedule";

const manila = { id: "a", slug: "cdo", time_zone: "Asia/Manila" };
const tokyo = { id: "b", slug: "tokyo", time_zone: "Asia/Tokyo" };

describe("tenantsDueForDailyRun", () => {
  it("picks a Manila tenant at 00:05 Manila (16:05 UTC the day before) with its own date", () => {
    expect(tenantsDueForDailyRun([manila, tokyo], new Date("2026-01-04T16:05:00Z"))).toEqual([{ tenantId: "a", slug: "cdo", date: "2026-01-05" }]);
  });
  it("picks each zone at its own midnight hour", () => {
    expect(tenantsDueForDailyRun([manila, tokyo], new Date("2026-01-04T15:05:00Z"))).toEqual([{ tenantId: "b", slug: "tokyo", date: "2026-01-05" }]);
  });
  it("picks nobody at other hours", () => {
    expect(tenantsDueForDailyRun([manila, tokyo], new Date("2026-01-05T02:05:00Z"))).toEqual([]);
  });
});
