-- Where a staff member lands after signing in (their role's landing page)
-- comes with the one round trip every page already makes for its user:
-- fiberbill_session_user (0015) gains landing_path. Otherwise as in 0015:
-- SECURITY INVOKER under row-level security, app.tenant_id put back as found.
-- The return type changes, so the function is dropped and created again.
DROP FUNCTION fiberbill_session_user(uuid, uuid);
--> statement-breakpoint
CREATE FUNCTION fiberbill_session_user(p_tenant uuid, p_user uuid)
RETURNS TABLE (
  id uuid,
  name text,
  email text,
  is_tenant_owner boolean,
  active boolean,
  role_name text,
  role_permissions text[],
  session_version integer,
  landing_path text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
  v_before text := coalesce(current_setting('app.tenant_id', true), '');
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  RETURN QUERY
    SELECT u.id, u.name, u.email, u.is_tenant_owner, u.active, r.name, r.permissions, u.session_version, r.landing_path
    FROM users u
    LEFT JOIN roles r ON r.tenant_id = u.tenant_id AND r.id = u.role_id
    WHERE u.id = p_user;
  PERFORM set_config('app.tenant_id', v_before, true);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_session_user(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_session_user(uuid, uuid) TO fiberbill_app;
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
--> statement-breakpoint
-- The owner dismisses the setup checklist of their own workspace (the
-- tenants policy limits the row to the current tenant): that one column is
-- all the runtime role may change in tenants.
GRANT UPDATE ("onboarding_dismissed_at") ON "tenants" TO fiberbill_app;
