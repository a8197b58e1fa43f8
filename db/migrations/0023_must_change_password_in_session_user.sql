-- Whether the user must choose a new password (the owner reset it to a
-- temporary one) comes with the one round trip every request already makes
-- for its user: fiberbill_session_user gains must_change_password. Otherwise
-- as before: SECURITY INVOKER under row-level security, app.tenant_id put back
-- as found. The return type changes, so the function is dropped and created again.
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
  landing_path text,
  must_change_password boolean
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
  v_before text := coalesce(current_setting('app.tenant_id', true), '');
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  RETURN QUERY
    SELECT u.id, u.name, u.email, u.is_tenant_owner, u.active, r.name, r.permissions, u.session_version, r.landing_path, u.must_change_password
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
