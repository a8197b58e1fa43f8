-- fiberbill_session_user also returns the user's session_version, so the one
-- round trip every request makes already tells whether its token is still
-- current (a token carries the version it was issued with; sign-out, a password
-- change, fewer permissions and deactivation raise it). Otherwise as in 0009:
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
  session_version integer
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
  v_before text := coalesce(current_setting('app.tenant_id', true), '');
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  RETURN QUERY
    SELECT u.id, u.name, u.email, u.is_tenant_owner, u.active, r.name, r.permissions, u.session_version
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
