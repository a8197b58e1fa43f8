-- The runtime role: requests run as this role. It is not a superuser, owns no
-- table and cannot bypass row-level security. CREATE ROLE is cluster-wide, so
-- it is created once and reused by every database of the cluster.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiberbill_app') THEN
    CREATE ROLE fiberbill_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO fiberbill_app;
--> statement-breakpoint
-- drizzle-kit enables RLS; forcing it makes the table owner obey the policies too.
ALTER TABLE "roles" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, UPDATE ON "tenants" TO fiberbill_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "roles", "users" TO fiberbill_app;
--> statement-breakpoint
-- The audit log is append-only for the app: no UPDATE or DELETE grant ...
GRANT SELECT, INSERT ON "audit_log" TO fiberbill_app;
--> statement-breakpoint
-- ... and a trigger refuses changes from anyone, owner included, except the
-- cascade that removes a whole tenant.
CREATE FUNCTION fiberbill_audit_log_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_immutable BEFORE UPDATE OR DELETE ON "audit_log"
FOR EACH ROW EXECUTE FUNCTION fiberbill_audit_log_immutable();
--> statement-breakpoint
-- Cross-tenant operations. Each is a narrow SECURITY DEFINER function with a
-- fixed search_path, executable by the runtime role only.

-- Resolve a subdomain to its tenant (every request on a tenant subdomain).
CREATE FUNCTION fiberbill_resolve_tenant(p_slug text)
RETURNS TABLE (id uuid, slug text, name text, time_zone text, status text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.id, t.slug, t.name, t.time_zone, t.status FROM tenants t WHERE t.slug = lower(p_slug)
$$;
--> statement-breakpoint
-- Is a subdomain free (the live check on the sign-up form)?
CREATE FUNCTION fiberbill_slug_taken(p_slug text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM tenants WHERE slug = lower(p_slug))
$$;
--> statement-breakpoint
-- Create the tenant row at sign-up and set the tenant context for the rest of
-- the caller's transaction, which then creates the owner and starter roles
-- under row-level security. A taken slug raises unique_violation.
CREATE FUNCTION fiberbill_create_tenant(p_slug text, p_name text, p_time_zone text DEFAULT 'Asia/Manila')
RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_id uuid := gen_random_uuid();
BEGIN
  PERFORM set_config('app.tenant_id', v_id::text, true);
  INSERT INTO tenants (id, slug, name, time_zone) VALUES (v_id, lower(p_slug), p_name, p_time_zone);
  RETURN v_id;
END
$$;
--> statement-breakpoint
-- "Forgot which workspace": the subdomains where an active user has this
-- email. Users are under forced RLS even for the owner, so it looks tenant by
-- tenant and clears the context before it returns.
CREATE FUNCTION fiberbill_workspaces_for_email(p_email text)
RETURNS TABLE (slug text, name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT tenants.id, tenants.slug, tenants.name FROM tenants WHERE tenants.status = 'active' ORDER BY tenants.slug LOOP
    PERFORM set_config('app.tenant_id', t.id::text, true);
    IF EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = t.id AND u.email = lower(p_email) AND u.active) THEN
      slug := t.slug;
      name := t.name;
      RETURN NEXT;
    END IF;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_resolve_tenant(text), fiberbill_slug_taken(text),
  fiberbill_create_tenant(text, text, text), fiberbill_workspaces_for_email(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_resolve_tenant(text), fiberbill_slug_taken(text),
  fiberbill_create_tenant(text, text, text), fiberbill_workspaces_for_email(text) TO fiberbill_app;
