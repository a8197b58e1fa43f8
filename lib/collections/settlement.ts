import { openInvoicesOf } from "@/db/queries/payments";
import { linesOffForNonpaymentOf, pendingAdjustmentsOf } from "@/db/queries/settlement";
import type { Tx } from "@/db/types";
import { customerBalance } from "@/lib/billing/payments";
import { divRoundHalfUp } from "@/lib/billing/rounding";
import { getBillingSettings, type BillingSettings } from "@/lib/billing/settings";

/**
 * What it takes to clear a customer's account and, for a customer cut off
 * for non-payment, to get the line back, itemised as the cashier explains
 * it. The parts add up: invoices + charges − credit + reconnection fee =
 * total (never below zero). The cashier screen prefills the total; the
 * customer page shows the same figures.
 */
export type Settlement = {
  /** The customer's balance now (negative: credit), as the statement and the customer list show it. */
  balance: number;
  /** Unpaid invoices, oldest due first (the order a payment pays them). */
  invoices: { id: string; number: string; dueDate: string; balance: number }[];
  /** Charges not yet on an invoice (a late fee, an earlier reconnection fee), with the VAT their invoice will add. */
  charges: { id: string; category: string; reason: string; effectiveOn: string; amount: number }[];
  /** What the customer already has with us: unused payments and credits not yet on an invoice. */
  credit: number;
  /**
   * Lines cut in the field for non-payment: paying the account reconnects them
   * and charges the reconnection fee (Settings > Billing) for each. A line whose
   * "to disconnect" job is still open resumes without a fee and is not counted.
   */
  reconnection: { lines: number; fee: number };
  /** The amount to clear the account (and reconnect): what the cashier asks for. */
  total: number;
};

/** The reconnection fee as the customer pays it: a vat_exclusive seller's invoice adds VAT to it, as to every charge. */
export function payableFee(settings: Pick<BillingSettings, "taxMode" | "vatRateBp">, fee: number): number {
  return settings.taxMode === "vat_exclusive" ? fee + divRoundHalfUp(fee * settings.vatRateBp, 10000) : fee;
}

export async function settlementOf(tx: Tx, tenantId: string, customerId: string): Promise<Settlement> {
  const balance = await customerBalance(tx, customerId);
  const invoices = (await openInvoicesOf(tx, { customerId })).map((i) => ({ id: i.id, number: i.number, dueDate: i.dueDate, balance: i.balance }));
  const pending = await pendingAdjustmentsOf(tx, { customerId });
  const charges = pending.filter((p) => p.kind === "charge").map((p) => ({ id: p.id, category: p.category, reason: p.reason, effectiveOn: p.effectiveOn, amount: p.amount }));
  const owed = sum(invoices.map((i) => i.balance)) + sum(charges.map((c) => c.amount));
  // The rest of the balance is credit: unused payments and pending credits (derived, so the parts always add up).
  const credit = owed - balance;
  const cut = (await linesOffForNonpaymentOf(tx, { customerId })).filter((l) => !l.disconnectOpen).length;
  const settings = cut > 0 ? await getBillingSettings(tx, tenantId) : null;
  const fee = settings ? cut * payableFee(settings, settings.reconnectionFee) : 0;
  return { balance, invoices, charges, credit, reconnection: { lines: cut, fee }, total: Math.max(0, balance + fee) };
}

function sum(values: number[]): number {
  return values.reduce((s, v) => s + v, 0);
}
