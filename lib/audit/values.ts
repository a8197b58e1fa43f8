import { METHOD_LABELS } from "@/lib/billing/payments";
import { formatPesos } from "@/lib/money";
import { isPermission, permissionLabel } from "@/lib/permissions/catalog";
import { LANDING_PAGES } from "@/lib/staff/landing";
import { formatCalendarDate } from "@/lib/time/format";
import { isUuid } from "@/lib/uuid";

/** Field names as staff call them; the rest become words ("addressLine" -> "address line"). */
const FIELD_LABELS: Record<string, string> = {
  addressLine: "address",
  barangayId: "barangay",
  businessName: "business name",
  tin: "TIN",
  branchCode: "branch code",
  taxMode: "VAT mode",
  vatRateBp: "VAT rate",
  cycleKind: "billing cycle",
  cycleDay: "billing day",
  issueLeadDays: "days invoices are issued early",
  dueDays: "days to pay",
  graceDays: "grace days",
  lateFeeKind: "late fee",
  lateFeeAmount: "late fee amount",
  lateFeeRateBp: "late fee rate",
  reconnectionFee: "reconnection fee",
  billSuspended: "billing of suspended days",
  gcashNumber: "GCash number",
  gcashName: "GCash account name",
  mayaNumber: "Maya number",
  mayaName: "Maya account name",
  bankAccounts: "bank accounts",
  officeHours: "office hours",
  invoiceNextNumber: "next invoice number",
  receiptNextNumber: "next receipt number",
  downloadMbps: "download speed",
  uploadMbps: "upload speed",
  monthlyFee: "monthly fee",
  installationFee: "installation fee",
  billedElsewhereUntil: "billed elsewhere until",
  smsEnabled: "SMS",
  emailEnabled: "email",
  reminderDaysBefore: "reminder days before the due date",
  landingPath: "landing page",
  psgcCode: "PSGC code",
  firstName: "first name",
  lastName: "last name",
  purchaseCost: "cost",
  mac: "MAC",
};

/** Centavos, whatever the action: these fields hold money as integers. */
const MONEY_FIELDS = new Set(["monthlyFee", "installationFee", "lateFeeAmount", "reconnectionFee", "amount", "total", "credit", "purchaseCost"]);

export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
}

/** One value as people read it: pesos, percentages, dates, on/off; long text shortened. */
export function formatValue(key: string, value: unknown): string {
  if (key === "landingPath") return LANDING_PAGES.find((p) => p.path === (value ?? "/dashboard"))?.label.replace(/ \(.*\)$/, "") ?? String(value);
  if (value === null || value === undefined || value === "") return "none";
  if (key === "method" && typeof value === "string" && value in METHOD_LABELS) return METHOD_LABELS[value as keyof typeof METHOD_LABELS];
  if (typeof value === "boolean") return value ? "on" : "off";
  if (typeof value === "number") {
    if (MONEY_FIELDS.has(key) && Number.isSafeInteger(value)) return formatPesos(value);
    if (key.endsWith("Bp")) return `${(value / 100).toLocaleString("en-PH", { maximumFractionDigits: 2 })}%`;
    if (key.endsWith("Mbps")) return `${value} Mbps`;
    return value.toLocaleString("en-PH");
  }
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value);
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => formatValue(key, v)).join(", ") : "none";
  return JSON.stringify(value);
}

function permissionNames(list: unknown): string[] {
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === "string").map((p) => (isPermission(p) ? permissionLabel(p) : p)) : [];
}

/** A permission list's change as what was granted and what was taken away. */
function permissionChange(before: unknown, after: unknown): string {
  const was = new Set(permissionNames(before));
  const now = new Set(permissionNames(after));
  const added = [...now].filter((p) => !was.has(p));
  const removed = [...was].filter((p) => !now.has(p));
  const parts = [added.length ? `allowed ${added.join(", ")}` : "", removed.length ? `no longer ${removed.join(", ")}` : ""].filter(Boolean);
  return parts.length ? `permissions: ${parts.join("; ")}` : "permissions";
}

/**
 * What an edit changed, in a few words: "monthly fee ₱1,299.00 → ₱1,499.00,
 * name". Internal ids show as the field's name alone; at most `limit` fields,
 * then "and N more" (the details disclosure has them all).
 */
export function changeSummary(before: Record<string, unknown> = {}, after: Record<string, unknown> = {}, limit = 3): string {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const parts = keys.slice(0, limit).map((key) => {
    const [b, a] = [before[key], after[key]];
    if (key === "permissions") return permissionChange(b, a);
    const ids = [b, a].every((v) => v === null || v === undefined || (typeof v === "string" && isUuid(v)));
    if (ids || key === "logo") return fieldLabel(key);
    if (!(key in before)) return `${fieldLabel(key)} ${formatValue(key, a)}`;
    return `${fieldLabel(key)} ${formatValue(key, b)} → ${formatValue(key, a)}`;
  });
  if (keys.length > limit) parts.push(`and ${keys.length - limit} more`);
  return parts.join(", ");
}
