import { sql, type SQL } from "drizzle-orm";

/**
 * A pending charge or credit as the customer will pay it. For sellers who add
 * VAT on top of their prices, adjustments are kept net (like plan fees) and
 * the invoice that bills them adds the VAT; until then the balance counts
 * that VAT too, so it does not jump when the invoice comes and a credit that
 * never reaches an invoice (a cancelled customer's) is worth what was paid.
 * The invoice rounds VAT once on its subtotal, so it can differ by a centavo.
 */
export function payableAmount(amount: SQL): SQL {
  return sql`(${amount} + coalesce((select round(${amount} * s.vat_rate_bp / 10000.0)::bigint from billing_settings s where s.tax_mode = 'vat_exclusive'), 0))`;
}
