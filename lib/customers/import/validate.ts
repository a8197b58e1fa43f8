import type { CustomerStatus } from "@/db/schema/subscribers";
import { addDays } from "@/lib/billing/dates";
import { periodContaining } from "@/lib/billing/periods";
import { MOBILE_HINT } from "@/lib/customers/mobile";
import { customerSchema } from "@/lib/validations/subscribers";
import { barangayKey, cityKey, editDistance, foldText, looksLikeScientific, parseImportDate, parseStatus } from "./cells";
import type { ImportField } from "./fields";
import { splitFullName } from "./names";
import type { ImportRecord } from "./records";

/** What the tenant already has, loaded once per check (see lookups.ts). */
export type ImportLookups = {
  today: string;
  barangays: readonly { id: string; name: string; city: string }[];
  plans: readonly { id: string; name: string; status: string }[];
  /** Account numbers of the file that customers of the tenant already use. */
  takenAccountNos: ReadonlySet<string>;
  /** The tenant's billing cycle (Settings > Billing): where an imported line's current period began. */
  cycle: { kind: "fixed" | "anniversary"; day: number };
};

/** A problem with one cell. An unknown barangay is flagged: creating the barangay fixes it. */
export type RowIssue = { field: ImportField; message: string; unknownBarangay?: true };

export type ImportCustomer = {
  accountNo: string | null;
  firstName: string;
  lastName: string;
  mobile: string;
  email: string | null;
  addressLine: string;
  /** null while the barangay is one the import is to create. */
  barangayId: string | null;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  status: CustomerStatus;
  subscription: {
    planId: string;
    startDate: string;
    /**
     * The last day the previous system billed the line: the file's billed-until
     * date; or, where the file has none and the line started before the current
     * billing period, the day before that period (billing here starts with it,
     * as it always has for imported lines); null for a line that started in
     * this period (billed from its start, with the installation fee).
     */
    billedElsewhereUntil: string | null;
    billedUntilFrom: "file" | "assumed" | null;
  } | null;
};

export type CheckedRow = { row: number; cells: ImportRecord["cells"]; issues: RowIssue[]; customer: ImportCustomer | null };
/** A barangay the file names that the tenant lacks; `suggestion` is a close name the tenant has (likely a typo). */
export type UnknownBarangay = { name: string; city: string; rows: number; suggestion: string | null };

export type ImportCheck = {
  rows: CheckedRow[];
  /** Rows with an issue other than an unknown barangay. */
  errorRows: number;
  /** Rows whose only issue is an unknown barangay. */
  barangayRows: number;
  unknownBarangays: UnknownBarangay[];
};

const ACCOUNT_NO = /^[A-Za-z0-9][A-Za-z0-9\-_/.]{0,39}$/;
// customerSchema needs a barangay id; the import resolves barangays itself and checks the rest with the form's own rules.
const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";

type Index = {
  barangays: Map<string, { id: string; name: string; city: string; cityKey: string }[]>;
  /** "Did you mean" answers, one per unknown name. */
  suggestions: Map<string, string | null>;
  plans: Map<string, { id: string; name: string; status: string }>;
  planNames: string;
};

function buildIndex(lookups: ImportLookups): Index {
  const barangays: Index["barangays"] = new Map();
  for (const b of lookups.barangays) {
    const key = barangayKey(b.name);
    const list = barangays.get(key) ?? [];
    list.push({ id: b.id, name: b.name, city: b.city, cityKey: cityKey(b.city) });
    barangays.set(key, list);
  }
  const plans = new Map(lookups.plans.map((p) => [foldText(p.name), p]));
  const active = lookups.plans.filter((p) => p.status === "active").map((p) => p.name);
  const planNames = active.length ? `Your active plans: ${active.slice(0, 6).join(", ")}${active.length > 6 ? ", …" : ""}.` : "You have no active plans yet.";
  return { barangays, suggestions: new Map(), plans, planNames };
}

function countAccountNos(records: readonly ImportRecord[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const r of records) {
    const no = r.cells.accountNo;
    if (no) rows.set(no, [...(rows.get(no) ?? []), r.row]);
  }
  return rows;
}

function checkAccountNo(record: ImportRecord, seen: Map<string, number[]>, lookups: ImportLookups, issues: RowIssue[]): string | null {
  const no = record.cells.accountNo ?? "";
  if (!no) return null;
  if (!ACCOUNT_NO.test(no)) {
    issues.push({ field: "accountNo", message: "Use up to 40 letters, digits, - / . or _, or leave it empty for the next number of your series." });
  } else if (lookups.takenAccountNos.has(no)) {
    issues.push({ field: "accountNo", message: `${no} already belongs to a customer in your list.` });
  } else {
    const others = (seen.get(no) ?? []).filter((r) => r !== record.row);
    if (others.length) issues.push({ field: "accountNo", message: `${no} is also on row ${others.slice(0, 3).join(", ")}${others.length > 3 ? ", …" : ""}.` });
  }
  return no;
}

/** The tenant's barangay closest to a misspelt name (one or two letters off), if any. */
function suggest(index: Index, key: string): string | null {
  if (!index.suggestions.has(key)) {
    let best: { name: string; d: number } | null = null;
    const max = key.length < 6 ? 1 : 2;
    for (const [other, list] of index.barangays) {
      const d = editDistance(key, other, max);
      if (d <= max && (!best || d < best.d)) best = { name: list[0]!.name, d };
    }
    index.suggestions.set(key, best?.name ?? null);
  }
  return index.suggestions.get(key)!;
}

function checkBarangay(record: ImportRecord, index: Index, issues: RowIssue[], unknown: Map<string, UnknownBarangay>): string | null {
  const name = record.cells.barangay ?? "";
  const city = record.cells.city ?? "";
  if (!name) {
    issues.push({ field: "barangay", message: "Enter the barangay." });
    return null;
  }
  if (name.length > 100 || city.length > 100) {
    issues.push({ field: name.length > 100 ? "barangay" : "city", message: "Use at most 100 characters." });
    return null;
  }
  const all = index.barangays.get(barangayKey(name)) ?? [];
  const candidates = city ? all.filter((b) => b.cityKey === cityKey(city)) : all;
  if (candidates.length === 1) return candidates[0]!.id;
  if (candidates.length > 1) {
    issues.push({ field: "barangay", message: `More than one barangay is named ${name} (${candidates.map((c) => c.city).join(", ")}): add a city column to tell them apart.` });
    return null;
  }
  const near = all.length ? null : suggest(index, barangayKey(name));
  const key = `${barangayKey(name)}|${city ? cityKey(city) : ""}`;
  const entry = unknown.get(key) ?? { name: name.replace(/^(barangay|brgy\.?|bgy\.?)\s+/i, ""), city, rows: 0, suggestion: near };
  entry.rows++;
  unknown.set(key, entry);
  const hint = all.length ? ` Your list has ${all[0]!.name} in ${all.map((b) => b.city).join(", ")}.` : near ? ` Did you mean ${near}?` : "";
  issues.push({ field: "barangay", message: `${name}${city ? ` (${city})` : ""} is not in your barangays list.${hint}`, unknownBarangay: true });
  return null;
}

/** The day before the billing period `today` falls in, for a line started on `startDate`; null when it started in that period. */
export function assumedBilledUntil(startDate: string, today: string, cycle: ImportLookups["cycle"]): string | null {
  const current = periodContaining(today, cycle.kind === "fixed" ? cycle : { kind: "anniversary", day: Number(startDate.slice(8, 10)) });
  return startDate < current.start ? addDays(current.start, -1) : null;
}

function checkSubscription(record: ImportRecord, index: Index, lookups: ImportLookups, issues: RowIssue[]): ImportCustomer["subscription"] {
  const { today } = lookups;
  const planName = record.cells.plan ?? "";
  const start = record.cells.startDate ?? "";
  const billed = record.cells.billedUntil ?? "";
  if (!planName) {
    if (start) issues.push({ field: "startDate", message: "A start date needs a plan on the same row." });
    if (billed) issues.push({ field: "billedUntil", message: "A billed-until date needs a plan on the same row." });
    return null;
  }
  const plan = index.plans.get(foldText(planName));
  if (!plan) {
    issues.push({ field: "plan", message: `No plan is named ${planName}. ${index.planNames}` });
    return null;
  }
  if (plan.status !== "active") {
    issues.push({ field: "plan", message: `${plan.name} is archived and cannot be chosen for new subscriptions.` });
    return null;
  }
  const startDate = start ? parseImportDate(start) : today;
  if (!startDate) {
    issues.push({ field: "startDate", message: "Write the date like 2026-01-05, 1/5/2026 or Jan 5, 2026." });
    return null;
  }
  if (startDate > today) {
    issues.push({ field: "startDate", message: "The start date is after today: add future subscriptions from the customer's page." });
    return null;
  }
  if (!billed) {
    const assumed = assumedBilledUntil(startDate, today, lookups.cycle);
    return { planId: plan.id, startDate, billedElsewhereUntil: assumed, billedUntilFrom: assumed ? "assumed" : null };
  }
  const billedUntil = parseImportDate(billed);
  if (!billedUntil) {
    issues.push({ field: "billedUntil", message: "Write the date like 2026-11-30, 11/30/2026 or Nov 30, 2026, or leave it empty." });
    return null;
  }
  if (billedUntil < startDate) {
    issues.push({ field: "billedUntil", message: "The billed-until date is before the start date: use a date on or after it." });
    return null;
  }
  return { planId: plan.id, startDate, billedElsewhereUntil: billedUntil, billedUntilFrom: "file" };
}

function nameParts(record: ImportRecord): { firstName: string; lastName: string; fromFullName: boolean } {
  if (record.cells.name !== undefined) return { ...splitFullName(record.cells.name), fromFullName: true };
  return { firstName: record.cells.firstName ?? "", lastName: record.cells.lastName ?? "", fromFullName: false };
}

const SCHEMA_FIELD: Record<string, ImportField> = {
  mobile: "mobile",
  email: "email",
  addressLine: "address",
  latitude: "latitude",
  longitude: "longitude",
  notes: "notes",
};

/** Checks every row with the rules of the customer form, plus what only an import has (duplicates, plans, unknown barangays). */
export function checkImportRows(records: readonly ImportRecord[], lookups: ImportLookups): ImportCheck {
  const index = buildIndex(lookups);
  const seen = countAccountNos(records);
  const unknown = new Map<string, UnknownBarangay>();
  let errorRows = 0;
  let barangayRows = 0;
  const rows = records.map((record): CheckedRow => {
    const issues: RowIssue[] = [];
    const accountNo = checkAccountNo(record, seen, lookups, issues);
    const names = nameParts(record);
    if (names.fromFullName && !names.lastName) {
      issues.push({ field: "name", message: record.cells.name ? "Write the full name, like Juan Dela Cruz or Dela Cruz, Juan." : "Enter the customer's name." });
    }
    const status = parseStatus(record.cells.status ?? "");
    if (!status) issues.push({ field: "status", message: "Use active, suspended, disconnected or terminated (empty means active)." });
    const mobileCell = record.cells.mobile ?? "";
    const parsed = customerSchema.safeParse({
      firstName: names.firstName,
      lastName: names.lastName,
      mobile: mobileCell,
      email: record.cells.email,
      addressLine: record.cells.address,
      barangayId: PLACEHOLDER_ID,
      latitude: record.cells.latitude,
      longitude: record.cells.longitude,
      notes: record.cells.notes,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        const field: ImportField | undefined =
          key === "firstName" || key === "lastName" ? (names.fromFullName ? "name" : key) : SCHEMA_FIELD[key];
        if (!field || issues.some((i) => i.field === field)) continue;
        const message =
          field === "mobile" && looksLikeScientific(mobileCell)
            ? "Excel turned this number into scientific notation: format the column as Text and save the file again."
            : field === "mobile" && mobileCell
              ? MOBILE_HINT
              : issue.message;
        issues.push({ field, message });
      }
    }
    const barangayId = checkBarangay(record, index, issues, unknown);
    const subscription = checkSubscription(record, index, lookups, issues);
    const blocking = issues.filter((i) => !i.unknownBarangay).length;
    if (blocking) errorRows++;
    else if (issues.length) barangayRows++;
    const customer: ImportCustomer | null =
      parsed.success && !blocking && status
        ? {
            accountNo,
            firstName: parsed.data.firstName,
            lastName: parsed.data.lastName,
            mobile: parsed.data.mobile,
            email: parsed.data.email ?? null,
            addressLine: parsed.data.addressLine,
            barangayId,
            latitude: parsed.data.latitude ?? null,
            longitude: parsed.data.longitude ?? null,
            notes: parsed.data.notes,
            status,
            subscription,
          }
        : null;
    return { row: record.row, cells: record.cells, issues, customer };
  });
  return { rows, errorRows, barangayRows, unknownBarangays: [...unknown.values()] };
}
