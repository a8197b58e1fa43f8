import { describe, expect, it } from "vitest";
import { instantOfLocal, localInputValue } from "@/lib/time/local-time";
import { businessHoursSchema, slaTargetsSchema } from "@/lib/validations/sla";
import {
  ALWAYS_OPEN,
  DEFAULT_BUSINESS_HOURS,
  DEFAULT_SLA_TARGETS,
  addBusinessHours,
  businessHoursBetween,
  dueTimes,
  isBreached,
  type BusinessHours,
} from "./sla";

/** Local wall times are read and written with lib/time, an implementation independent of sla.ts. */
const at = (local: string, zone = "Asia/Manila") => instantOfLocal(local, zone)!;
const local = (d: Date, zone = "Asia/Manila") => localInputValue(d, zone);

const MANILA = DEFAULT_BUSINESS_HOURS;
// Christmas (Fri) and Rizal Day (Wed) closed, the days around them open.
const MANILA_HOLIDAYS: BusinessHours = { ...MANILA, holidays: ["2026-12-25", "2026-12-30"] };
const OFFICE = { open: "09:00", close: "17:00" };
const NEW_YORK: BusinessHours = {
  timeZone: "America/New_York",
  days: { 0: null, 1: OFFICE, 2: OFFICE, 3: OFFICE, 4: OFFICE, 5: OFFICE, 6: null },
  holidays: [],
};
const NEW_YORK_24_7: BusinessHours = { ...ALWAYS_OPEN, timeZone: "America/New_York" };

// December 2026: Fri 4, Sat 5, Sun 6, Mon 7 ... Thu 24, Fri 25, Mon 28, Tue 29, Wed 30, Thu 31.
describe("addBusinessHours in Manila, Mon–Sat 08:00–17:00", () => {
  it.each([
    ["Friday afternoon rolls over Saturday and the closed Sunday to Monday", "2026-12-04T16:00", 12, "2026-12-07T10:00"],
    ["Saturday is a working day", "2026-12-05T09:00", 4, "2026-12-05T13:00"],
    ["late Saturday continues on Monday", "2026-12-05T16:30", 1, "2026-12-07T08:30"],
    ["a Sunday start begins at Monday's opening", "2026-12-06T10:00", 1, "2026-12-07T09:00"],
    ["before opening begins at 08:00", "2026-12-08T06:00", 2, "2026-12-08T10:00"],
    ["after closing begins at the next opening", "2026-12-08T18:30", 2, "2026-12-09T10:00"],
    ["a deadline that uses up the day falls at closing", "2026-12-08T16:00", 1, "2026-12-08T17:00"],
    ["0 hours within hours is the start itself", "2026-12-08T10:15", 0, "2026-12-08T10:15"],
    ["0 hours at closing is the next opening", "2026-12-08T17:00", 0, "2026-12-09T08:00"],
    ["0 hours on Sunday is Monday's opening", "2026-12-06T12:00", 0, "2026-12-07T08:00"],
    ["fractional hours", "2026-12-08T10:00", 1.25, "2026-12-08T11:15"],
    ["fractional hours across the night", "2026-12-08T16:45", 0.5, "2026-12-09T08:15"],
    ["48 hours from Monday's opening is Saturday morning", "2026-12-07T08:00", 48, "2026-12-12T11:00"],
    ["100 hours spans two weeks", "2026-12-07T08:00", 100, "2026-12-19T09:00"],
    ["just before midnight counts from the next opening", "2026-12-08T23:59", 1, "2026-12-09T09:00"],
  ])("%s: %s + %d h = %s", (_name, start, hours, due) => {
    expect(local(addBusinessHours(at(start), hours, MANILA))).toBe(due);
  });
});

describe("addBusinessHours with the tenant's holidays", () => {
  it.each([
    ["Christmas Eve afternoon skips Christmas to Saturday", "2026-12-24T15:00", 4, "2026-12-26T10:00"],
    ["a start on Christmas begins on Saturday", "2026-12-25T10:00", 1, "2026-12-26T09:00"],
    ["Rizal Day in the middle is skipped, ending at Thursday's close", "2026-12-29T16:00", 10, "2026-12-31T17:00"],
    ["24 hours from Monday 28th skips Rizal Day", "2026-12-28T08:00", 24, "2026-12-31T14:00"],
    ["Sunday then Christmas-free Monday", "2026-12-26T16:00", 2, "2026-12-28T09:00"],
  ])("%s: %s + %d h = %s", (_name, start, hours, due) => {
    expect(local(addBusinessHours(at(start), hours, MANILA_HOLIDAYS))).toBe(due);
  });

  it("ignores holidays only other tenants set", () => {
    expect(local(addBusinessHours(at("2026-12-24T15:00"), 4, MANILA))).toBe("2026-12-25T10:00");
  });
});

describe("addBusinessHours round the clock (00:00–24:00)", () => {
  it.each([
    ["across midnight", "2026-12-06T23:30", 1, "2026-12-07T00:30", ALWAYS_OPEN],
    ["Sunday counts", "2026-12-05T20:00", 24, "2026-12-06T20:00", ALWAYS_OPEN],
    ["two full days", "2026-12-25T10:00", 48, "2026-12-27T10:00", ALWAYS_OPEN],
    ["a holiday still closes a 24/7 desk", "2026-12-24T23:00", 2, "2026-12-26T01:00", { ...ALWAYS_OPEN, holidays: ["2026-12-25"] }],
    ["0 hours at midnight is midnight", "2026-12-07T00:00", 0, "2026-12-07T00:00", ALWAYS_OPEN],
  ])("%s: %s + %d h = %s", (_name, start, hours, due, bh) => {
    expect(local(addBusinessHours(at(start), hours, bh))).toBe(due);
  });
});

// 2026-03-08 02:00 EST the clocks jump to 03:00 EDT; 2026-11-01 02:00 EDT they fall back to 01:00 EST.
describe("local-time math in a zone with DST (America/New_York)", () => {
  it("a Friday ticket before the March change is due on Monday by the new (EDT) clock", () => {
    // 16:00 EST is 21:00Z; Monday 10:00 EDT is 14:00Z. A fixed offset would say 15:00Z (10:00 EST, 11:00 EDT).
    const due = addBusinessHours(at("2026-03-06T16:00", "America/New_York"), 2, NEW_YORK);
    expect(due.toISOString()).toBe("2026-03-09T14:00:00.000Z");
    expect(local(due, "America/New_York")).toBe("2026-03-09T10:00");
  });

  it("counts real elapsed hours through the skipped hour on a 24/7 desk", () => {
    // Saturday 23:00 EST (04:00Z) + 4 h = 08:00Z, which is 04:00 EDT, not 03:00.
    const due = addBusinessHours(at("2026-03-07T23:00", "America/New_York"), 4, NEW_YORK_24_7);
    expect(due.toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(local(due, "America/New_York")).toBe("2026-03-08T04:00");
  });

  it.each([
    ["the spring-forward day lasts 23 hours", "2026-03-08T00:00", "2026-03-09T00:00", 23],
    ["the fall-back day lasts 25 hours", "2026-11-01T00:00", "2026-11-02T00:00", 25],
    ["an ordinary day lasts 24 hours", "2026-03-10T00:00", "2026-03-11T00:00", 24],
  ])("%s", (_name, from, to, hours) => {
    expect(businessHoursBetween(at(from, "America/New_York"), at(to, "America/New_York"), NEW_YORK_24_7)).toBe(hours);
  });

  it("an office week across the change is still 5 × 8 hours", () => {
    expect(businessHoursBetween(at("2026-03-06T00:00", "America/New_York"), at("2026-03-13T00:00", "America/New_York"), NEW_YORK)).toBe(40);
  });
});

describe("businessHoursBetween", () => {
  it.each([
    ["Friday 16:00 to Monday 10:00", "2026-12-04T16:00", "2026-12-07T10:00", MANILA, 12],
    ["within a Sunday", "2026-12-06T09:00", "2026-12-06T15:00", MANILA, 0],
    ["night to morning", "2026-12-08T20:00", "2026-12-09T08:30", MANILA, 0.5],
    ["a full Mon–Sat week", "2026-12-07T00:00", "2026-12-14T00:00", MANILA, 54],
    ["across Christmas", "2026-12-24T15:00", "2026-12-26T10:00", MANILA_HOLIDAYS, 4],
    ["backwards is negative (time left)", "2026-12-07T10:00", "2026-12-04T16:00", MANILA, -12],
    ["the same instant", "2026-12-08T10:00", "2026-12-08T10:00", MANILA, 0],
  ])("%s = %d h", (_name, from, to, bh, hours) => {
    expect(businessHoursBetween(at(from), at(to), bh)).toBe(hours);
  });
});

describe("businessHoursBetween is the inverse of addBusinessHours", () => {
  // A fixed linear congruential generator: varied samples, the same on every run.
  let seed = 20261207;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const base = Date.UTC(2026, 0, 1);
  const schedules: [string, BusinessHours][] = [
    ["Manila with holidays", MANILA_HOLIDAYS],
    ["New York office", NEW_YORK],
    ["New York 24/7", NEW_YORK_24_7],
    ["Manila split shift", { ...MANILA, days: { ...MANILA.days, 3: { open: "13:30", close: "22:15" }, 0: { open: "09:00", close: "12:00" } } }],
  ];

  it.each(schedules)("%s: 200 samples", (_name, bh) => {
    for (let i = 0; i < 200; i++) {
      const start = new Date(base + Math.floor(random() * 365 * 86_400_000));
      const hours = Math.round(random() * 120 * 4) / 4;
      const due = addBusinessHours(start, hours, bh);
      expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(businessHoursBetween(start, due, bh)).toBeCloseTo(hours, 9);

      // The other way round: from any two instants with business time between them, adding
      // that time reaches `to`, or the last closing before it when `to` is outside hours.
      const to = new Date(start.getTime() + Math.floor(random() * 20 * 86_400_000));
      const between = businessHoursBetween(start, to, bh);
      if (between === 0) continue; // both in one closed stretch: adding 0 h gives the next opening, after `to`
      const reached = addBusinessHours(start, between, bh);
      expect(reached.getTime()).toBeLessThanOrEqual(to.getTime());
      expect(businessHoursBetween(reached, to, bh)).toBe(0);
    }
  });
});

describe("dueTimes with the default targets", () => {
  it.each([
    ["urgent", "2026-12-05T08:30", "2026-12-05T11:30"],
    ["high", "2026-12-05T09:30", "2026-12-05T15:30"],
    ["normal", "2026-12-05T11:30", "2026-12-08T13:30"],
    ["low", "2026-12-05T15:30", "2026-12-11T10:30"],
  ] as const)("a %s ticket opened Friday 16:30 is answered by %s and resolved by %s", (priority, firstResponse, resolution) => {
    const due = dueTimes(at("2026-12-04T16:30"), priority, DEFAULT_SLA_TARGETS, MANILA);
    expect(local(due.firstResponseDueAt)).toBe(firstResponse);
    expect(local(due.resolutionDueAt)).toBe(resolution);
  });

  it("every default target answers before it resolves, and faster for higher priority", () => {
    const order = ["low", "normal", "high", "urgent"] as const;
    for (const p of order) expect(DEFAULT_SLA_TARGETS[p].firstResponseHours).toBeLessThan(DEFAULT_SLA_TARGETS[p].resolutionHours);
    for (let i = 1; i < order.length; i++) {
      expect(DEFAULT_SLA_TARGETS[order[i]!].resolutionHours).toBeLessThan(DEFAULT_SLA_TARGETS[order[i - 1]!].resolutionHours);
    }
  });
});

describe("isBreached", () => {
  const due = at("2026-12-08T12:00");
  it.each([
    ["open, before due", "2026-12-08T11:59", null, false],
    ["open, exactly at due", "2026-12-08T12:00", null, false],
    ["open, past due", "2026-12-08T12:01", null, true],
    ["done on time, looked at later", "2026-12-09T09:00", "2026-12-08T11:00", false],
    ["done exactly at due", "2026-12-09T09:00", "2026-12-08T12:00", false],
    ["done late", "2026-12-09T09:00", "2026-12-08T13:00", true],
  ])("%s", (_name, now, doneAt, breached) => {
    expect(isBreached(due, at(now), doneAt ? at(doneAt) : null)).toBe(breached);
  });
});

describe("addBusinessHours refuses what has no answer", () => {
  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("hours = %d", (hours) => {
    expect(() => addBusinessHours(at("2026-12-08T10:00"), hours, MANILA)).toThrow(RangeError);
  });

  it("a schedule with no open day", () => {
    const closed: BusinessHours = { ...MANILA, days: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } };
    expect(() => addBusinessHours(at("2026-12-08T10:00"), 1, closed)).toThrow(RangeError);
  });
});

describe("businessHoursSchema", () => {
  const issues = (value: unknown) => businessHoursSchema.safeParse(value).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

  it("accepts the defaults and round-the-clock hours", () => {
    expect(businessHoursSchema.parse(DEFAULT_BUSINESS_HOURS)).toEqual(DEFAULT_BUSINESS_HOURS);
    expect(businessHoursSchema.parse(ALWAYS_OPEN)).toEqual(ALWAYS_OPEN);
  });

  it("sorts holidays and drops repeats", () => {
    const parsed = businessHoursSchema.parse({ ...MANILA, holidays: ["2026-12-30", "2026-12-25", "2026-12-30"] });
    expect(parsed.holidays).toEqual(["2026-12-25", "2026-12-30"]);
  });

  it.each([
    ["close before open", { 1: { open: "17:00", close: "08:00" } }, "days.1.close: Monday's closing time must be after its opening time."],
    ["close equal to open", { 2: { open: "08:00", close: "08:00" } }, "days.2.close: Tuesday's closing time must be after its opening time."],
    ["an opening time without its leading zero", { 3: { open: "8:00", close: "17:00" } }, "days.3.open: Enter Wednesday's opening time as HH:MM, like 08:00."],
    ["24:00 as an opening time", { 4: { open: "24:00", close: "24:00" } }, "days.4.open: Enter Thursday's opening time as HH:MM, like 08:00."],
    ["a closing time past midnight", { 5: { open: "08:00", close: "24:30" } }, "days.5.close: Enter Friday's closing time as HH:MM, like 17:00 (24:00 for midnight)."],
    ["minutes past 59", { 6: { open: "08:60", close: "17:00" } }, "days.6.open: Enter Saturday's opening time as HH:MM, like 08:00."],
  ])("refuses %s", (_name, days, message) => {
    expect(issues({ ...MANILA, days: { ...MANILA.days, ...days } })).toEqual([message]);
  });

  it.each([
    ["an unknown time zone", { timeZone: "Asia/Cebu" }, "timeZone: Choose a time zone from the list, like Asia/Manila."],
    ["an impossible holiday", { holidays: ["2026-02-30"] }, "holidays.0: Enter each holiday as a date, like 2026-12-25."],
    ["a holiday that is not a date", { holidays: ["Dec 25"] }, "holidays.0: Enter each holiday as a date, like 2026-12-25."],
    [
      "no open day",
      { days: { 0: null, 1: null, 2: null, 3: null, 4: null, 5: null, 6: null } },
      "days: Open the helpdesk on at least one day, or SLA due times can never fall.",
    ],
  ])("refuses %s", (_name, change, message) => {
    expect(issues({ ...MANILA, ...change })).toEqual([message]);
  });
});

describe("slaTargetsSchema", () => {
  it("accepts the defaults and numbers typed into a form", () => {
    expect(slaTargetsSchema.parse(DEFAULT_SLA_TARGETS)).toEqual(DEFAULT_SLA_TARGETS);
    expect(slaTargetsSchema.parse({ ...DEFAULT_SLA_TARGETS, low: { firstResponseHours: "1.5", resolutionHours: "72" } }).low).toEqual({ firstResponseHours: 1.5, resolutionHours: 72 });
  });

  it.each([
    [{ firstResponseHours: 0, resolutionHours: 4 }, "urgent.firstResponseHours: The urgent first response time must be more than 0 hours."],
    [{ firstResponseHours: 5, resolutionHours: 4 }, "urgent.resolutionHours: The urgent resolution time cannot be shorter than its first response time."],
    [{ firstResponseHours: "soon", resolutionHours: 4 }, "urgent.firstResponseHours: Enter the urgent first response time in hours, like 4 or 1.5."],
  ])("refuses %j", (urgent, message) => {
    const result = slaTargetsSchema.safeParse({ ...DEFAULT_SLA_TARGETS, urgent });
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([message]);
  });
});
