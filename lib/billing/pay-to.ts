import { formatPhMobile } from "@/lib/customers/mobile";
import type { BillingSettings } from "./settings";

/** How customers can pay, as every bill prints it (Settings > Billing > How customers pay). */
export type PayTo = {
  /** "GCash: 0917 123 4567 (Juan Dela Cruz)" and the like, in a fixed order. */
  wallets: { label: "GCash" | "Maya"; number: string; name: string }[];
  /** As the ISP typed them, one account a line. */
  bankAccounts: string[];
  officeHours: string;
};

type PaySettings = Pick<BillingSettings, "gcashNumber" | "gcashName" | "mayaNumber" | "mayaName" | "bankAccounts" | "officeHours">;

/** The lines a bank-accounts text holds, trimmed, blank ones dropped. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

export function payToOf(s: PaySettings): PayTo {
  const wallets: PayTo["wallets"] = [];
  if (s.gcashNumber) wallets.push({ label: "GCash", number: formatPhMobile(s.gcashNumber), name: s.gcashName });
  if (s.mayaNumber) wallets.push({ label: "Maya", number: formatPhMobile(s.mayaNumber), name: s.mayaName });
  return { wallets, bankAccounts: textLines(s.bankAccounts), officeHours: s.officeHours.trim() };
}

/** Nothing entered yet: the bill leaves the section out rather than print an empty heading. */
export function isPayToEmpty(p: PayTo): boolean {
  return p.wallets.length === 0 && p.bankAccounts.length === 0 && !p.officeHours;
}
