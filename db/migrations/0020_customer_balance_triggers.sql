-- customer_balances (migration 0019) is kept by statement-level triggers on
-- every table that moves a balance, so it equals the ledger at every commit
-- (customerBalance in lib/billing/payments.ts, the statement of account):
--   invoices not void                     + total
--   adjustments not yet on an invoice     +/- amount, plus the VAT a vat_exclusive seller adds (payableAmount)
--   payments posted                       - amount
-- Each trigger adds the difference its statement made, grouped per customer,
-- in one UPDATE: a billing run of 100,000 invoices is one more statement, not
-- 100,000. The triggers run as the caller (the runtime role, in its tenant
-- transaction), so row-level security applies to what they write as well.
ALTER TABLE "customer_balances" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The app reads balances; only these triggers, running as the caller, write them.
GRANT SELECT, INSERT, UPDATE ON "customer_balances" TO fiberbill_app;
--> statement-breakpoint
-- What an adjustment adds to the balance while it waits for an invoice (as payableAmount computes it).
CREATE FUNCTION fiberbill_pending_amount(p_kind text, p_amount bigint, p_invoice uuid, p_tax_mode text, p_vat_bp integer)
RETURNS bigint LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
  SELECT CASE WHEN p_invoice IS NOT NULL THEN 0::bigint
    ELSE (CASE p_kind WHEN 'charge' THEN 1 ELSE -1 END)
      * (p_amount + CASE WHEN p_tax_mode = 'vat_exclusive' THEN round(p_amount * p_vat_bp / 10000.0)::bigint ELSE 0 END)
  END
$$;
--> statement-breakpoint
-- Adds amounts to customers' balances; a customer without a row yet gets one.
CREATE FUNCTION fiberbill_shift_balances(p_tenants uuid[], p_customers uuid[], p_amounts bigint[])
RETURNS void LANGUAGE sql VOLATILE SET search_path = public, pg_temp AS $$
  INSERT INTO customer_balances AS b (tenant_id, customer_id, balance)
  SELECT t, c, a FROM unnest(p_tenants, p_customers, p_amounts) AS d(t, c, a) WHERE a <> 0
  ON CONFLICT (tenant_id, customer_id) DO UPDATE SET balance = b.balance + excluded.balance
$$;
--> statement-breakpoint
CREATE FUNCTION fiberbill_balances_customers() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  INSERT INTO customer_balances (tenant_id, customer_id, balance)
  SELECT tenant_id, id, 0 FROM new_rows
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER customers_balance_rows AFTER INSERT ON "customers"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_customers();
--> statement-breakpoint
CREATE FUNCTION fiberbill_balances_invoices() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (SELECT tenant_id, customer_id, sum(total)::bigint AS amount FROM new_rows WHERE status <> 'void' GROUP BY 1, 2) d;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT tenant_id, customer_id, sum(amount)::bigint AS amount FROM (
        SELECT tenant_id, customer_id, total AS amount FROM new_rows WHERE status <> 'void'
        UNION ALL
        SELECT tenant_id, customer_id, -total FROM old_rows WHERE status <> 'void'
      ) u GROUP BY 1, 2
    ) d;
  ELSE
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (SELECT tenant_id, customer_id, -sum(total)::bigint AS amount FROM old_rows WHERE status <> 'void' GROUP BY 1, 2) d;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER invoices_balance_insert AFTER INSERT ON "invoices"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_invoices();
--> statement-breakpoint
CREATE TRIGGER invoices_balance_update AFTER UPDATE ON "invoices"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_invoices();
--> statement-breakpoint
CREATE TRIGGER invoices_balance_delete AFTER DELETE ON "invoices"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_invoices();
--> statement-breakpoint
CREATE FUNCTION fiberbill_balances_payments() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (SELECT tenant_id, customer_id, -sum(amount)::bigint AS amount FROM new_rows WHERE status = 'posted' GROUP BY 1, 2) d;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT tenant_id, customer_id, sum(amount)::bigint AS amount FROM (
        SELECT tenant_id, customer_id, -amount AS amount FROM new_rows WHERE status = 'posted'
        UNION ALL
        SELECT tenant_id, customer_id, amount FROM old_rows WHERE status = 'posted'
      ) u GROUP BY 1, 2
    ) d;
  ELSE
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (SELECT tenant_id, customer_id, sum(amount)::bigint AS amount FROM old_rows WHERE status = 'posted' GROUP BY 1, 2) d;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER payments_balance_insert AFTER INSERT ON "payments"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_payments();
--> statement-breakpoint
CREATE TRIGGER payments_balance_update AFTER UPDATE ON "payments"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_payments();
--> statement-breakpoint
CREATE TRIGGER payments_balance_delete AFTER DELETE ON "payments"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_payments();
--> statement-breakpoint
-- A pending adjustment counts with the VAT of its tenant's current settings (left join: none yet, no VAT).
CREATE FUNCTION fiberbill_balances_adjustments() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT r.tenant_id, r.customer_id, sum(fiberbill_pending_amount(r.kind, r.amount, r.invoice_id, s.tax_mode, s.vat_rate_bp))::bigint AS amount
      FROM new_rows r LEFT JOIN billing_settings s ON s.tenant_id = r.tenant_id GROUP BY 1, 2
    ) d;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT tenant_id, customer_id, sum(amount)::bigint AS amount FROM (
        SELECT r.tenant_id, r.customer_id, fiberbill_pending_amount(r.kind, r.amount, r.invoice_id, s.tax_mode, s.vat_rate_bp) AS amount
        FROM new_rows r LEFT JOIN billing_settings s ON s.tenant_id = r.tenant_id
        UNION ALL
        SELECT r.tenant_id, r.customer_id, -fiberbill_pending_amount(r.kind, r.amount, r.invoice_id, s.tax_mode, s.vat_rate_bp)
        FROM old_rows r LEFT JOIN billing_settings s ON s.tenant_id = r.tenant_id
      ) u GROUP BY 1, 2
    ) d;
  ELSE
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT r.tenant_id, r.customer_id, -sum(fiberbill_pending_amount(r.kind, r.amount, r.invoice_id, s.tax_mode, s.vat_rate_bp))::bigint AS amount
      FROM old_rows r LEFT JOIN billing_settings s ON s.tenant_id = r.tenant_id GROUP BY 1, 2
    ) d;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER adjustments_balance_insert AFTER INSERT ON "adjustments"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_adjustments();
--> statement-breakpoint
CREATE TRIGGER adjustments_balance_update AFTER UPDATE ON "adjustments"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_adjustments();
--> statement-breakpoint
CREATE TRIGGER adjustments_balance_delete AFTER DELETE ON "adjustments"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_adjustments();
--> statement-breakpoint
-- A change of VAT mode or rate changes what every pending adjustment of the tenant is worth.
CREATE FUNCTION fiberbill_balances_settings() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT a.tenant_id, a.customer_id,
        sum(fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, n.tax_mode, n.vat_rate_bp)
          - fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, NULL, NULL))::bigint AS amount
      FROM new_rows n JOIN adjustments a ON a.tenant_id = n.tenant_id AND a.invoice_id IS NULL GROUP BY 1, 2
    ) d;
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT a.tenant_id, a.customer_id,
        sum(fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, n.tax_mode, n.vat_rate_bp)
          - fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, o.tax_mode, o.vat_rate_bp))::bigint AS amount
      FROM new_rows n JOIN old_rows o ON o.tenant_id = n.tenant_id
      JOIN adjustments a ON a.tenant_id = n.tenant_id AND a.invoice_id IS NULL
      WHERE (n.tax_mode, n.vat_rate_bp) IS DISTINCT FROM (o.tax_mode, o.vat_rate_bp)
      GROUP BY 1, 2
    ) d;
  ELSE
    PERFORM fiberbill_shift_balances(array_agg(tenant_id), array_agg(customer_id), array_agg(amount))
    FROM (
      SELECT a.tenant_id, a.customer_id,
        sum(fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, NULL, NULL)
          - fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, o.tax_mode, o.vat_rate_bp))::bigint AS amount
      FROM old_rows o JOIN adjustments a ON a.tenant_id = o.tenant_id AND a.invoice_id IS NULL GROUP BY 1, 2
    ) d;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER billing_settings_balance_insert AFTER INSERT ON "billing_settings"
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_settings();
--> statement-breakpoint
CREATE TRIGGER billing_settings_balance_update AFTER UPDATE ON "billing_settings"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_settings();
--> statement-breakpoint
CREATE TRIGGER billing_settings_balance_delete AFTER DELETE ON "billing_settings"
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION fiberbill_balances_settings();
--> statement-breakpoint
-- Existing customers' balances, from the ledger. The tables force row-level
-- security on their owner too; a migration role that is not a superuser would
-- read nothing, so this one statement lifts it and puts it back.
DO $$
BEGIN
  ALTER TABLE customers NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE invoices NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE payments NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE adjustments NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE billing_settings NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE customer_balances NO FORCE ROW LEVEL SECURITY;
  INSERT INTO customer_balances (tenant_id, customer_id, balance)
  SELECT c.tenant_id, c.id,
    coalesce((SELECT sum(i.total) FROM invoices i WHERE i.tenant_id = c.tenant_id AND i.customer_id = c.id AND i.status <> 'void'), 0)
    + coalesce((SELECT sum(fiberbill_pending_amount(a.kind, a.amount, a.invoice_id, s.tax_mode, s.vat_rate_bp))
        FROM adjustments a LEFT JOIN billing_settings s ON s.tenant_id = a.tenant_id
        WHERE a.tenant_id = c.tenant_id AND a.customer_id = c.id), 0)
    - coalesce((SELECT sum(p.amount) FROM payments p WHERE p.tenant_id = c.tenant_id AND p.customer_id = c.id AND p.status = 'posted'), 0)
  FROM customers c
  ON CONFLICT DO NOTHING;
  ALTER TABLE customers FORCE ROW LEVEL SECURITY;
  ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
  ALTER TABLE payments FORCE ROW LEVEL SECURITY;
  ALTER TABLE adjustments FORCE ROW LEVEL SECURITY;
  ALTER TABLE billing_settings FORCE ROW LEVEL SECURITY;
  ALTER TABLE customer_balances FORCE ROW LEVEL SECURITY;
END
$$;
--> statement-breakpoint
-- Functions are executable by PUBLIC by default: only the runtime role's
-- writes call these (the triggers run as the writer, and a trigger function
-- needs no EXECUTE grant to fire), so no other role gets them.
REVOKE ALL ON FUNCTION fiberbill_pending_amount(text, bigint, uuid, text, integer), fiberbill_shift_balances(uuid[], uuid[], bigint[]),
  fiberbill_balances_customers(), fiberbill_balances_invoices(), fiberbill_balances_payments(), fiberbill_balances_adjustments(),
  fiberbill_balances_settings() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_pending_amount(text, bigint, uuid, text, integer), fiberbill_shift_balances(uuid[], uuid[], bigint[]) TO fiberbill_app;
