import { z } from "zod";
import { PAYMENT_METHODS } from "@/db/schema/billing";
import { parsePesos } from "@/lib/money";

/** Methods whose money arrives with a transaction number the cashier must copy from the slip or the app. */
export const REFERENCE_REQUIRED: readonly (typeof PAYMENT_METHODS)[number][] = ["gcash", "maya", "bank_transfer"];

/** A real calendar day as YYYY-MM-DD (rejects 2026-02-30). */
const calendarDate = z
  .string()
  .trim()
  .refine((v) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, "Enter a valid date.");

export const postPaymentSchema = z
  .object({
    customerId: z.uuid("Pick a customer first."),
    amount: z
      .string()
      .trim()
      .min(1, "Enter the amount received.")
      .transform((v, ctx) => {
        const centavos = parsePesos(v);
        if (centavos === null) {
          ctx.addIssue({ code: "custom", message: "Enter an amount in pesos, like 1,299.00." });
          return z.NEVER;
        }
        if (centavos <= 0) {
          ctx.addIssue({ code: "custom", message: "The amount must be more than ₱0.00." });
          return z.NEVER;
        }
        return centavos;
      }),
    method: z.enum(PAYMENT_METHODS, "Choose how the customer paid."),
    reference: z
      .string()
      .trim()
      .max(60, "A reference has at most 60 characters.")
      .optional()
      .transform((v) => v || null),
    paidOn: calendarDate,
    invoiceIds: z
      .array(z.string())
      .max(100)
      .optional()
      .default([])
      .refine((ids) => ids.every((id) => z.uuid().safeParse(id).success), "Pick only open invoices of this customer."),
  })
  .refine((v) => !(REFERENCE_REQUIRED.includes(v.method) && !v.reference), {
    path: ["reference"],
    message: "Enter the reference number: it is required for GCash, Maya and bank transfers.",
    // Also checked when another field (say the amount) is wrong, so the cashier sees every problem at once.
    when: (payload) => {
      const raw = payload.value as { method?: unknown; reference?: unknown };
      return typeof raw?.method === "string" && (PAYMENT_METHODS as readonly string[]).includes(raw.method);
    },
  });

export const voidPaymentSchema = z.object({
  id: z.uuid("That payment was not found."),
  reason: z.string().trim().min(3, "Say why this payment is voided (at least 3 characters).").max(300, "Keep the reason under 300 characters."),
});

export const dayQuerySchema = z.object({
  date: calendarDate.optional().catch(undefined),
});
