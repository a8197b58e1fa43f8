import { z } from "zod";
import { parsePesos } from "@/lib/money";

const isoDate = (message: string) => z.iso.date(message);
const reason = (message: string) => z.string().trim().min(3, message).max(300, "Use at most 300 characters.");

/** A billing run (preview and create) for one calendar date of the tenant. */
export const billingRunSchema = z.object({
  runDate: isoDate("Enter the date to bill for, like 2026-12-01."),
});

export const voidInvoiceSchema = z.object({
  id: z.uuid("That invoice was not found."),
  reason: reason("Say why the invoice is voided (at least 3 characters)."),
});

/** A one-off charge or credit on a customer's account; the amount is typed in pesos and kept in centavos. */
export const adjustmentSchema = z.object({
  customerId: z.uuid("That customer was not found."),
  kind: z.enum(["charge", "credit"], "Choose a charge or a credit."),
  amount: z
    .string()
    .trim()
    .min(1, "Enter the amount.")
    .transform((v, ctx) => {
      const c = parsePesos(v);
      if (c === null || c <= 0) {
        ctx.addIssue({ code: "custom", message: "Enter an amount above zero in pesos, like 500 or 499.50." });
        return z.NEVER;
      }
      return c;
    }),
  reason: reason("Say what it is for (at least 3 characters)."),
  effectiveOn: isoDate("Enter the date it applies from."),
});

export type AdjustmentFormInput = z.input<typeof adjustmentSchema>;

/** How far ahead of today a run may bill: enough for any issue lead time (at most 28 days), not a year by mistake. */
export const MAX_RUN_DAYS_AHEAD = 31;

export const NOTHING_TO_INVOICE = "Nothing to invoice for that date: every due period is already billed.";
