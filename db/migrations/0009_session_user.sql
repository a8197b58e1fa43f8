-- The signed-in user and their role in one round trip. Every page reads who is
-- signed in; as a transaction (BEGIN, set the tenant, select, COMMIT) that was
-- four round trips before the page's own queries. This function is SECURITY
-- INVOKER: it sets app.tenant_id, reads `users` and `roles` under their
-- row-level security policies, and puts the setting back as it found it, so it
-- can return nothing that `withTenant` + a select could not, and called inside
-- another tenant transaction it leaves that transaction's tenant alone.
-- Another tenant's user id gives no row.
CREATE FUNCTION fiberbill_session_user(p_tenant uuid, p_user uuid)
RETURNS TABLE (
  id uuid,
  name text,
  email text,
  is_tenant_owner boolean,
  active boolean,
  role_name text,
  role_permissions text[]
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
  v_before text := coalesce(current_setting('app.tenant_id', true), '');
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  RETURN QUERY
    SELECT u.id, u.name, u.email, u.is_tenant_owner, u.active, r.name, r.permissions
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
