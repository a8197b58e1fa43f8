import type { BillingSettings } from "@/lib/billing/settings";
import { formatPhMobile } from "@/lib/customers/mobile";
import { centavosToDecimal } from "@/lib/money";
import { bpToPercent, formatTin } from "@/lib/validations/billing-settings";

type SeriesState = { prefix: string; padding: number; nextValue: number };

/** What the billing settings form starts with: every value as the text its field shows. */
export type BillingFormValues = {
  businessName: string;
  address: string;
  tin: string;
  branchCode: string;
  taxMode: BillingSettings["taxMode"];
  vatRate: string;
  logoDataUrl: string | null;
  cycleKind: BillingSettings["cycleKind"];
  cycleDay: string;
  issueLeadDays: string;
  dueDays: string;
  graceDays: string;
  lateFeeKind: BillingSettings["lateFeeKind"];
  lateFeeAmount: string;
  lateFeePercent: string;
  reconnectionFee: string;
  billSuspended: boolean;
  gcashNumber: string;
  gcashName: string;
  mayaNumber: string;
  mayaName: string;
  bankAccounts: string;
  officeHours: string;
  invoice: SeriesState;
  receipt: SeriesState;
};

/** Saved settings (or the defaults) -> form text. Zero fees show empty, so the placeholder explains them. */
export function toFormValues(s: BillingSettings, invoice: SeriesState, receipt: SeriesState, fallbackName: string): BillingFormValues {
  return {
    businessName: s.businessName || fallbackName,
    address: s.address,
    tin: s.tin ? formatTin(s.tin) : "",
    branchCode: s.branchCode,
    taxMode: s.taxMode,
    vatRate: bpToPercent(s.vatRateBp),
    logoDataUrl: s.logoDataUrl,
    cycleKind: s.cycleKind,
    cycleDay: String(s.cycleDay),
    issueLeadDays: String(s.issueLeadDays),
    dueDays: String(s.dueDays),
    graceDays: String(s.graceDays),
    lateFeeKind: s.lateFeeKind,
    lateFeeAmount: s.lateFeeAmount ? centavosToDecimal(s.lateFeeAmount) : "",
    lateFeePercent: s.lateFeeRateBp ? bpToPercent(s.lateFeeRateBp) : "",
    reconnectionFee: s.reconnectionFee ? centavosToDecimal(s.reconnectionFee) : "",
    billSuspended: s.billSuspended,
    gcashNumber: s.gcashNumber ? formatPhMobile(s.gcashNumber) : "",
    gcashName: s.gcashName,
    mayaNumber: s.mayaNumber ? formatPhMobile(s.mayaNumber) : "",
    mayaName: s.mayaName,
    bankAccounts: s.bankAccounts,
    officeHours: s.officeHours,
    invoice,
    receipt,
  };
}
