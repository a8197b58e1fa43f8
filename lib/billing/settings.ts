import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { billingSettings, counters } from "@/db/schema";
import type { Tx } from "@/db/types";
import { changedFields, type AuditEntry } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/errors";
import { formatDocumentNumber, getSeries, SERIES_DEFAULTS, setSeriesNextValue, setSeriesPrefix, type Series } from "@/lib/numbering/counters";
import type { BillingSettingsInput } from "@/lib/validations/billing-settings";
import type { TaxMode } from "./tax";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

const columns = {
  businessName: billingSettings.businessName,
  address: billingSettings.address,
  tin: billingSettings.tin,
  branchCode: billingSettings.branchCode,
  taxMode: billingSettings.taxMode,
  vatRateBp: billingSettings.vatRateBp,
  logoDataUrl: billingSettings.logoDataUrl,
  cycleKind: billingSettings.cycleKind,
  cycleDay: billingSettings.cycleDay,
  issueLeadDays: billingSettings.issueLeadDays,
  dueDays: billingSettings.dueDays,
  graceDays: billingSettings.graceDays,
  lateFeeKind: billingSettings.lateFeeKind,
  lateFeeAmount: billingSettings.lateFeeAmount,
  lateFeeRateBp: billingSettings.lateFeeRateBp,
  reconnectionFee: billingSettings.reconnectionFee,
  billSuspended: billingSettings.billSuspended,
  gcashNumber: billingSettings.gcashNumber,
  gcashName: billingSettings.gcashName,
  mayaNumber: billingSettings.mayaNumber,
  mayaName: billingSettings.mayaName,
  bankAccounts: billingSettings.bankAccounts,
  officeHours: billingSettings.officeHours,
};

/** A tenant's billing settings; `updatedAt` is null while they were never saved (the defaults apply). */
export type BillingSettings = {
  businessName: string;
  address: string;
  /** 9 digits, or "" when not entered (see formatTin). */
  tin: string;
  branchCode: string;
  taxMode: "none" | "vat_inclusive" | "vat_exclusive";
  vatRateBp: number;
  logoDataUrl: string | null;
  cycleKind: "fixed" | "anniversary";
  cycleDay: number;
  issueLeadDays: number;
  dueDays: number;
  graceDays: number;
  lateFeeKind: "none" | "flat" | "percent";
  lateFeeAmount: number;
  lateFeeRateBp: number;
  reconnectionFee: number;
  billSuspended: boolean;
  /** How customers pay (printed on bills): wallet numbers in E.164 or "", bank accounts one a line. */
  gcashNumber: string;
  gcashName: string;
  mayaNumber: string;
  mayaName: string;
  bankAccounts: string;
  officeHours: string;
  updatedAt: Date | null;
};

/** The same values as the table's column defaults (a test holds them together). */
export const BILLING_DEFAULTS: Omit<BillingSettings, "updatedAt"> = {
  businessName: "",
  address: "",
  tin: "",
  branchCode: "0000",
  taxMode: "none",
  vatRateBp: 1200,
  logoDataUrl: null,
  cycleKind: "fixed",
  cycleDay: 1,
  issueLeadDays: 0,
  dueDays: 7,
  graceDays: 5,
  lateFeeKind: "none",
  lateFeeAmount: 0,
  lateFeeRateBp: 0,
  reconnectionFee: 0,
  billSuspended: false,
  gcashNumber: "",
  gcashName: "",
  mayaNumber: "",
  mayaName: "",
  bankAccounts: "",
  officeHours: "",
};

export async function getBillingSettings(tx: Tx, tenantId: string): Promise<BillingSettings> {
  const [row] = await tx.select({ ...columns, updatedAt: billingSettings.updatedAt }).from(billingSettings).where(eq(billingSettings.tenantId, tenantId));
  return row ?? { ...BILLING_DEFAULTS, updatedAt: null };
}

/** The settings' tax mode in the shape lib/billing/tax.ts applyTax takes. */
export function taxModeOf(settings: Pick<BillingSettings, "taxMode" | "vatRateBp">): TaxMode {
  return settings.taxMode === "none" ? { kind: "none" } : { kind: settings.taxMode, rateBp: settings.vatRateBp };
}

/**
 * Locks a series' counter row (creating it with its defaults if needed) so a
 * billing run or a cashier taking numbers cannot advance it between our check
 * "the next number only moves forward" and our write.
 */
async function lockSeries(tx: Tx, tenantId: string, series: Series) {
  const defaults = SERIES_DEFAULTS[series];
  await tx.insert(counters).values({ tenantId, series, prefix: defaults.prefix, padding: defaults.padding }).onConflictDoNothing();
  await tx.select({ v: counters.nextValue }).from(counters).where(and(eq(counters.tenantId, tenantId), eq(counters.series, series))).for("update");
  return getSeries(tx, tenantId, series);
}

type SeriesInput = { next: number; shown: number | undefined };

/**
 * The next number to keep. Moving it back would issue a number twice, so it is
 * refused, except when the form still shows the value it loaded with: then
 * numbers were taken meanwhile (a billing run) and the user did not touch it.
 */
function nextToKeep(current: { nextValue: number; prefix: string; padding: number }, input: SeriesInput): number | string {
  if (input.next >= current.nextValue) return input.next;
  if (input.shown !== undefined && input.next === input.shown) return current.nextValue;
  const lastUsed = formatDocumentNumber(current.prefix, current.padding, current.nextValue - 1);
  return current.nextValue === 1
    ? "Enter 1 or more."
    : `The next number can only move forward: numbers up to ${lastUsed} may already be in use. Enter ${current.nextValue} or more.`;
}

/** An audit-friendly stand-in for the logo: a 200 KB data URL does not belong in the audit log. */
function logoFingerprint(dataUrl: string | null): string | null {
  if (!dataUrl) return null;
  const type = dataUrl.slice(5, dataUrl.indexOf(";"));
  const hash = createHash("sha256").update(dataUrl).digest("hex").slice(0, 12);
  return `${type}, ${dataUrl.length} chars, sha256 ${hash}`;
}

type SeriesView = { prefix: string; next: number };

/** The settings as the audit log compares them: series included, the logo as a fingerprint. */
function auditView({ logoDataUrl, ...settings }: Omit<BillingSettings, "updatedAt">, invoice: SeriesView, receipt: SeriesView) {
  return {
    ...settings,
    logo: logoFingerprint(logoDataUrl),
    invoicePrefix: invoice.prefix,
    invoiceNextNumber: invoice.next,
    receiptPrefix: receipt.prefix,
    receiptNextNumber: receipt.next,
  };
}

/**
 * Saves a tenant's billing settings and its invoice and receipt number series
 * in one transaction, with one audit row listing only what changed (none when
 * nothing did). Changes apply to documents issued from now on.
 */
export async function saveBillingSettings({ tx, audit }: Ctx, tenantId: string, input: BillingSettingsInput): Promise<{ changed: string[] }> {
  // Locked: two people saving at once queue, so each audit row's "before" is true.
  const [saved] = await tx.select(columns).from(billingSettings).where(eq(billingSettings.tenantId, tenantId)).for("update");
  const before = saved ?? BILLING_DEFAULTS;
  const invoice = await lockSeries(tx, tenantId, "invoice");
  const receipt = await lockSeries(tx, tenantId, "receipt");

  const invoiceNext = nextToKeep(invoice, { next: input.invoiceNextNumber, shown: input.invoiceNextNumberShown });
  const receiptNext = nextToKeep(receipt, { next: input.receiptNextNumber, shown: input.receiptNextNumberShown });
  const fieldErrors: Record<string, string[]> = {};
  if (typeof invoiceNext === "string") fieldErrors.invoiceNextNumber = [invoiceNext];
  if (typeof receiptNext === "string") fieldErrors.receiptNextNumber = [receiptNext];
  if (typeof invoiceNext === "string" || typeof receiptNext === "string") throw new UserFacingError("Please correct the highlighted fields.", fieldErrors);

  const logoDataUrl = input.logo.kind === "keep" ? before.logoDataUrl : input.logo.kind === "remove" ? null : input.logo.dataUrl;
  const row = {
    businessName: input.businessName,
    address: input.address,
    tin: input.tin,
    branchCode: input.branchCode,
    taxMode: input.taxMode,
    vatRateBp: input.vatRateBp,
    logoDataUrl,
    cycleKind: input.cycleKind,
    cycleDay: input.cycleDay,
    issueLeadDays: input.issueLeadDays,
    dueDays: input.dueDays,
    graceDays: input.graceDays,
    lateFeeKind: input.lateFeeKind,
    lateFeeAmount: input.lateFeeAmount,
    lateFeeRateBp: input.lateFeeRateBp,
    reconnectionFee: input.reconnectionFee,
    billSuspended: input.billSuspended,
    gcashNumber: input.gcashNumber,
    gcashName: input.gcashName,
    mayaNumber: input.mayaNumber,
    mayaName: input.mayaName,
    bankAccounts: input.bankAccounts,
    officeHours: input.officeHours,
  };
  await tx
    .insert(billingSettings)
    .values({ tenantId, ...row })
    .onConflictDoUpdate({ target: billingSettings.tenantId, set: { ...row, updatedAt: sql`now()` } });

  if (input.invoicePrefix !== invoice.prefix) await setSeriesPrefix(tx, tenantId, "invoice", input.invoicePrefix);
  if (invoiceNext !== invoice.nextValue) await setSeriesNextValue(tx, tenantId, "invoice", invoiceNext);
  if (input.receiptPrefix !== receipt.prefix) await setSeriesPrefix(tx, tenantId, "receipt", input.receiptPrefix);
  if (receiptNext !== receipt.nextValue) await setSeriesNextValue(tx, tenantId, "receipt", receiptNext);

  const diff = changedFields(
    auditView(before, { prefix: invoice.prefix, next: invoice.nextValue }, { prefix: receipt.prefix, next: receipt.nextValue }),
    auditView(row, { prefix: input.invoicePrefix, next: invoiceNext }, { prefix: input.receiptPrefix, next: receiptNext }),
  );
  const changed = Object.keys(diff.after);
  if (changed.length > 0) await audit({ action: "billing_settings.update", entityType: "settings", entityId: "billing", ...diff });
  return { changed };
}
