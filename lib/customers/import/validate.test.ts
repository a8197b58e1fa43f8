import { describe, expect, it } from "vitest";
import type { ImportRecord } from "./records";
import { assumedBilledUntil, checkImportRows, type ImportLookups } from "./validate";

const CARMEN = "11111111-1111-4111-8111-111111111111";
const POB_CDO = "22222222-2222-4222-8222-222222222222";
const POB_OPOL = "33333333-3333-4333-8333-333333333333";
const FIBER50 = "44444444-4444-4444-8444-444444444444";

const lookups: ImportLookups = {
  today: "2026-03-10",
  barangays: [
    { id: CARMEN, name: "Carmen", city: "Cagayan de Oro City" },
    { id: POB_CDO, name: "Poblacion", city: "Cagayan de Oro City" },
    { id: POB_OPOL, name: "Poblacion", city: "Opol" },
  ],
  plans: [
    { id: FIBER50, name: "Fiber 50", status: "active" },
    { id: "55555555-5555-4555-8555-555555555555", name: "Fiber 25", status: "archived" },
  ],
  takenAccountNos: new Set(["ACC-000001"]),
  cycle: { kind: "fixed", day: 1 },
};

const good = { name: "Juan Dela Cruz", mobile: "0917 123 4567", barangay: "Carmen" };
const row = (cells: ImportRecord["cells"], n = 2): ImportRecord => ({ row: n, cells });
const issuesOf = (cells: ImportRecord["cells"]) => checkImportRows([row(cells)], lookups).rows[0]!.issues.map((i) => [i.field, i.message]);

describe("checkImportRows: one row", () => {
  it("turns a good row into a customer", () => {
    const [checked] = checkImportRows([row({ ...good, email: "Juan@Example.com", status: "Suspended", plan: "fiber 50", startDate: "1/5/2026" })], lookups).rows;
    expect(checked!.issues).toEqual([]);
    expect(checked!.customer).toMatchObject({
      accountNo: null,
      firstName: "Juan",
      lastName: "Dela Cruz",
      mobile: "+639171234567",
      email: "juan@example.com",
      barangayId: CARMEN,
      status: "suspended",
      // Started before March (the period of the import's today), no billed-until column: billed elsewhere until Feb 28.
      subscription: { planId: FIBER50, startDate: "2026-01-05", billedElsewhereUntil: "2026-02-28", billedUntilFrom: "assumed" },
    });
  });

  it("starts a subscription today when the start date is empty: billed here from its start", () => {
    const [checked] = checkImportRows([row({ ...good, plan: "Fiber 50" })], lookups).rows;
    expect(checked!.customer!.subscription).toEqual({ planId: FIBER50, startDate: "2026-03-10", billedElsewhereUntil: null, billedUntilFrom: null });
  });

  it("takes the billed-until date from the file", () => {
    const [checked] = checkImportRows([row({ ...good, plan: "Fiber 50", startDate: "2024-05-17", billedUntil: "Mar 15, 2026" })], lookups).rows;
    expect(checked!.customer!.subscription).toEqual({ planId: FIBER50, startDate: "2024-05-17", billedElsewhereUntil: "2026-03-15", billedUntilFrom: "file" });
  });

  it.each<[string, string, ImportLookups["cycle"], string | null]>([
    ["fixed day 1, started in an earlier month: the end of last month", "2025-07-20", { kind: "fixed", day: 1 }, "2026-02-28"],
    ["fixed day 1, started this month: none (billed from its start)", "2026-03-02", { kind: "fixed", day: 1 }, null],
    ["fixed day 15, before the 15th: the period began on Feb 15", "2025-07-20", { kind: "fixed", day: 15 }, "2026-02-14"],
    ["anniversary on the 20th, the period began on Feb 20", "2025-07-20", { kind: "anniversary", day: 1 }, "2026-02-19"],
    ["anniversary on the 5th, the period began on Mar 5", "2025-07-05", { kind: "anniversary", day: 1 }, "2026-03-04"],
  ])("assumes the previous system billed up to the current period: %s", (_, startDate, cycle, expected) => {
    expect(assumedBilledUntil(startDate, "2026-03-10", cycle)).toBe(expected);
  });

  it.each<[string, ImportRecord["cells"], [string, string][]]>([
    ["bad mobile", { ...good, mobile: "088 856 1234" }, [["mobile", "A Philippine mobile number, like 0917 123 4567 or +63 917 123 4567."]]],
    ["mobile mangled by Excel", { ...good, mobile: "9.17123E+09" }, [["mobile", "Excel turned this number into scientific notation: format the column as Text and save the file again."]]],
    ["missing mobile", { ...good, mobile: "" }, [["mobile", "Enter a mobile number."]]],
    ["one-word name", { ...good, name: "Juan" }, [["name", "Write the full name, like Juan Dela Cruz or Dela Cruz, Juan."]]],
    ["empty name", { ...good, name: "" }, [["name", "Enter the customer's name."]]],
    ["missing last name column value", { firstName: "Juan", lastName: "", mobile: good.mobile, barangay: "Carmen" }, [["lastName", "Enter the last name."]]],
    ["bad email", { ...good, email: "juan@" }, [["email", "Enter a valid email address, or leave it empty."]]],
    ["empty barangay", { ...good, barangay: "" }, [["barangay", "Enter the barangay."]]],
    ["ambiguous barangay", { ...good, barangay: "Poblacion" }, [["barangay", "More than one barangay is named Poblacion (Cagayan de Oro City, Opol): add a city column to tell them apart."]]],
    ["unknown plan", { ...good, plan: "Fiber 999" }, [["plan", "No plan is named Fiber 999. Your active plans: Fiber 50."]]],
    ["archived plan", { ...good, plan: "Fiber 25" }, [["plan", "Fiber 25 is archived and cannot be chosen for new subscriptions."]]],
    ["start date in the future", { ...good, plan: "Fiber 50", startDate: "2026-03-11" }, [["startDate", "The start date is after today: add future subscriptions from the customer's page."]]],
    ["unreadable start date", { ...good, plan: "Fiber 50", startDate: "13/13/2026" }, [["startDate", "Write the date like 2026-01-05, 1/5/2026 or Jan 5, 2026."]]],
    ["start date without plan", { ...good, plan: "", startDate: "2026-01-05" }, [["startDate", "A start date needs a plan on the same row."]]],
    ["billed-until date without plan", { ...good, plan: "", billedUntil: "2026-02-28" }, [["billedUntil", "A billed-until date needs a plan on the same row."]]],
    ["unreadable billed-until date", { ...good, plan: "Fiber 50", billedUntil: "end of Feb" }, [["billedUntil", "Write the date like 2026-11-30, 11/30/2026 or Nov 30, 2026, or leave it empty."]]],
    ["billed until before the start", { ...good, plan: "Fiber 50", startDate: "2026-01-05", billedUntil: "2025-12-31" }, [["billedUntil", "The billed-until date is before the start date: use a date on or after it."]]],
    ["unknown status", { ...good, status: "paused" }, [["status", "Use active, suspended, disconnected or terminated (empty means active)."]]],
    ["latitude without longitude", { ...good, latitude: "8.48", longitude: "" }, [["longitude", "Enter both latitude and longitude, or neither."]]],
    ["latitude out of range", { ...good, latitude: "98.4", longitude: "124.6" }, [["latitude", "Latitude is between -90 and 90."]]],
    ["account number taken in the tenant", { ...good, accountNo: "ACC-000001" }, [["accountNo", "ACC-000001 already belongs to a customer in your list."]]],
    ["account number with spaces", { ...good, accountNo: "ACC 1" }, [["accountNo", "Use up to 40 letters, digits, - / . or _, or leave it empty for the next number of your series."]]],
  ])("%s", (_, cells, expected) => expect(issuesOf(cells)).toEqual(expected));

  it.each<[string, ImportRecord["cells"], string]>([
    ["a misspelt name", { ...good, barangay: "Carmn" }, "Carmn is not in your barangays list. Did you mean Carmen?"],
    ["a name far from any", { ...good, barangay: "Bulua" }, "Bulua is not in your barangays list."],
    ["a name known in another city", { ...good, barangay: "Carmen", city: "Opol" }, "Carmen (Opol) is not in your barangays list. Your list has Carmen in Cagayan de Oro City."],
  ])("explains an unknown barangay: %s", (_, cells, message) => {
    expect(issuesOf(cells)).toEqual([["barangay", message]]);
  });

  it.each<[string, ImportRecord["cells"], string]>([
    ["case and accents", { ...good, barangay: "CÁRMEN" }, CARMEN],
    ["a Brgy. prefix", { ...good, barangay: "Brgy. Carmen" }, CARMEN],
    ["a city column telling two apart", { ...good, barangay: "Poblacion", city: "OPOL" }, POB_OPOL],
    ["the city written another way", { ...good, barangay: "poblacion", city: "City of Cagayan de Oro" }, POB_CDO],
  ])("matches the barangay despite %s", (_, cells, id) => {
    expect(checkImportRows([row(cells)], lookups).rows[0]!.customer!.barangayId).toBe(id);
  });
});

describe("checkImportRows: the whole file", () => {
  it("reports a duplicate account number on every row that has it", () => {
    const check = checkImportRows(
      [row({ ...good, accountNo: "X-1" }, 2), row({ ...good, accountNo: "X-2" }, 3), row({ ...good, accountNo: "X-1" }, 4)],
      lookups,
    );
    expect(check.rows.map((r) => r.issues.map((i) => i.message))).toEqual([["X-1 is also on row 4."], [], ["X-1 is also on row 2."]]);
    expect(check.errorRows).toBe(2);
  });

  it("gathers unknown barangays once each and counts rows that only wait for them", () => {
    const check = checkImportRows(
      [
        row({ ...good, barangay: "Brgy. Nazareth" }, 2),
        row({ ...good, barangay: "nazareth" }, 3),
        row({ ...good, barangay: "Lapasan", mobile: "bad" }, 4),
        row(good, 5),
      ],
      lookups,
    );
    expect(check.unknownBarangays).toEqual([
      { name: "Nazareth", city: "", rows: 2, suggestion: null },
      { name: "Lapasan", city: "", rows: 1, suggestion: null },
    ]);
    expect(check.rows[0]!.issues).toEqual([{ field: "barangay", message: "Brgy. Nazareth is not in your barangays list.", unknownBarangay: true }]);
    expect(check.rows[0]!.customer).toMatchObject({ barangayId: null });
    expect(check.barangayRows).toBe(2);
    expect(check.errorRows).toBe(1);
    expect(check.rows[2]!.customer).toBeNull();
  });
});
