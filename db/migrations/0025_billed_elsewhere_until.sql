ALTER TABLE "subscriptions" ADD COLUMN "billed_elsewhere_until" date;--> statement-breakpoint
-- Until now, billing took a subscription activated before the current period
-- and never invoiced as billed by a previous system: it billed it from that
-- period on, without the installation fee. That is now explicit
-- (billed_elsewhere_until), and without it a subscription is billed from its
-- activation. The subscriptions that exist already keep what billing assumed
-- of them: billed elsewhere up to the day before their tenant's current period
-- (as lib/billing/periods.ts reckons it, in the tenant's time zone; default
-- settings when a tenant saved none), each with an audit row saying why.
-- subscriptions, invoices, billing_settings and audit_log force row-level
-- security on their owner too; a migration role that is not a superuser would
-- see no row, so this one statement lifts it and puts it back.
DO $$
BEGIN
  ALTER TABLE subscriptions NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE invoices NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE billing_settings NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY;
  WITH never_invoiced AS (
    SELECT s.tenant_id, s.id, s.activated_on,
      (now() AT TIME ZONE t.time_zone)::date AS today,
      CASE WHEN coalesce(b.cycle_kind, 'fixed') = 'fixed' THEN coalesce(b.cycle_day, 1) ELSE extract(day FROM s.activated_on)::int END AS cycle_day
    FROM subscriptions s
    JOIN tenants t ON t.id = s.tenant_id
    LEFT JOIN billing_settings b ON b.tenant_id = s.tenant_id
    WHERE s.activated_on IS NOT NULL AND s.billed_elsewhere_until IS NULL
      AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.tenant_id = s.tenant_id AND i.subscription_id = s.id AND i.status <> 'void')
  ), starts AS (
    -- The cycle day in this month and the one before, clamped to short months.
    SELECT n.*, m.month, make_date(extract(year FROM m.month)::int, extract(month FROM m.month)::int,
        least(n.cycle_day, extract(day FROM (m.month + interval '1 month - 1 day'))::int)) AS start
    FROM never_invoiced n
    CROSS JOIN LATERAL (VALUES (date_trunc('month', n.today)::date), ((date_trunc('month', n.today) - interval '1 month')::date)) AS m(month)
  ), current_period AS (
    SELECT tenant_id, id, activated_on, max(start) AS start FROM starts WHERE start <= today GROUP BY tenant_id, id, activated_on
  ), marked AS (
    UPDATE subscriptions s SET billed_elsewhere_until = p.start - 1
    FROM current_period p
    WHERE s.tenant_id = p.tenant_id AND s.id = p.id AND p.activated_on < p.start
    RETURNING s.tenant_id, s.id, s.billed_elsewhere_until
  )
  INSERT INTO audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, user_agent)
  SELECT tenant_id, NULL, 'subscription.billed_elsewhere', 'subscription', id::text,
    jsonb_build_object('after', jsonb_build_object('billedElsewhereUntil', billed_elsewhere_until::text,
      'why', 'Activated before the current billing period and never invoiced: billing took it as billed by a previous system until then.')),
    'fiberbill-migration'
  FROM marked;
  ALTER TABLE subscriptions FORCE ROW LEVEL SECURITY;
  ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
  ALTER TABLE billing_settings FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
END
$$;
