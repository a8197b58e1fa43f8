-- Where a staff member lands after signing in: their role's landing page, in
-- one round trip. Like fiberbill_session_user (0009) this is SECURITY INVOKER:
-- it sets app.tenant_id for its own statement, reads users and roles under
-- their row-level security policies, and puts the setting back as it found it.
-- Null for the owner (no role), a role without a landing page, or another
-- tenant's user.
CREATE FUNCTION fiberbill_user_landing(p_tenant uuid, p_user uuid)
RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
  v_before text := coalesce(current_setting('app.tenant_id', true), '');
  v_path text;
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  SELECT r.landing_path INTO v_path
    FROM users u
    JOIN roles r ON r.tenant_id = u.tenant_id AND r.id = u.role_id
    WHERE u.id = p_user;
  PERFORM set_config('app.tenant_id', v_before, true);
  RETURN v_path;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_user_landing(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_user_landing(uuid, uuid) TO fiberbill_app;
--> statement-breakpoint
-- Existing workspaces: the starter roles land where their work is, as new
-- workspaces' do (lib/staff/landing.ts), where the role still sees that page.
-- Roles' RLS is forced; it is lifted for this one statement of the migration
-- so the update reaches every tenant even when the owner has no BYPASSRLS.
ALTER TABLE "roles" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE "roles" SET "landing_path" = CASE "name"
    WHEN 'Cashier' THEN '/payments'
    WHEN 'Technician' THEN '/work-items'
    WHEN 'Support' THEN '/customers'
  END
  WHERE "landing_path" IS NULL
    AND (("name" = 'Cashier' AND 'payments.view' = ANY ("permissions"))
      OR ("name" = 'Technician' AND 'work.view' = ANY ("permissions"))
      OR ("name" = 'Support' AND 'customers.view' = ANY ("permissions")));
--> statement-breakpoint
ALTER TABLE "roles" FORCE ROW LEVEL SECURITY;
