import { applyTax, type TaxMode } from "@/lib/billing/tax";
import { formatPesos } from "@/lib/money";

/** The plan price the help text uses; a common Philippine fiber plan. */
export const EXAMPLE_PRICE = 129_900;

/**
 * One sentence showing what a tax mode does to a ₱1,299.00 plan, computed with
 * the same function the billing run uses, so the help text cannot drift from it.
 */
export function taxExample(kind: TaxMode["kind"], rateBp: number | null): string {
  const price = formatPesos(EXAMPLE_PRICE);
  if (kind === "none") return `Not VAT-registered: a ${price} plan is billed ${price} with no VAT line; documents say “NON-VAT REGISTERED”.`;
  if (rateBp === null || rateBp <= 0 || rateBp > 5000) return "Enter a VAT rate above 0% and up to 50% to see an example.";
  const t = applyTax(EXAMPLE_PRICE, { kind, rateBp });
  if (kind === "vat_inclusive") return `VAT included: ${price} includes VAT of ${formatPesos(t.vat)} (VATable sales ${formatPesos(t.vatable)}).`;
  return `VAT added: ${price} plus VAT of ${formatPesos(t.vat)} makes ${formatPesos(t.total)}.`;
}
