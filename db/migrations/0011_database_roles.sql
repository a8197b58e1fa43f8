-- Three roles besides the owner that runs migrations, each with only what it uses:
--   fiberbill_app      requests (0001): tenant rows under row-level security, and
--                      the cross-tenant look-ups a request needs (subdomain, sign-up,
--                      customer search);
--   fiberbill_jobs     the scheduler and the "find my workspace" mail: the functions
--                      that list tenants or search every tenant's users, nothing else;
--   fiberbill_definer  owns the SECURITY DEFINER functions, so they run with the
--                      few column grants below instead of the migrating owner's
--                      rights (a superuser in most set-ups). It cannot log in.
-- None is a superuser or has BYPASSRLS. A later migration that adds a SECURITY
-- DEFINER function hands it to fiberbill_definer (ALTER FUNCTION ... OWNER TO)
-- and grants that role the columns it reads; tests/db/database-roles lists
-- every role's grants and fails until the change is made on purpose.
-- Roles are cluster-wide: each is created
-- once and reused by every database of the cluster; a migration running at the
-- same moment on another database may create it between the check and the
-- CREATE, which the handler absorbs.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiberbill_definer') THEN
    CREATE ROLE fiberbill_definer NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fiberbill_jobs') THEN
    CREATE ROLE fiberbill_jobs LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
-- Handing a function to another owner takes membership of that role unless the
-- migrating owner is a superuser (who is a member of every role already). A
-- managed server's owner role with CREATEROLE may grant it to itself.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'fiberbill_definer', 'MEMBER') THEN
    EXECUTE format('GRANT fiberbill_definer TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO fiberbill_definer, fiberbill_jobs;
--> statement-breakpoint
-- What the definer functions read and write, column by column.
--   tenants: resolve a subdomain, is it taken, list active tenants, create one.
GRANT SELECT (id, slug, name, time_zone, status) ON "tenants" TO fiberbill_definer;
--> statement-breakpoint
GRANT INSERT (id, slug, name, time_zone) ON "tenants" TO fiberbill_definer;
--> statement-breakpoint
--   users: the workspaces where an active user has an email.
GRANT SELECT (tenant_id, email, active) ON "users" TO fiberbill_definer;
--> statement-breakpoint
--   outbox_messages: the tenants with messages due.
GRANT SELECT (tenant_id, status, next_attempt_at) ON "outbox_messages" TO fiberbill_definer;
--> statement-breakpoint
--   customers: the trigram search, ids only.
GRANT SELECT (tenant_id, id, search_text) ON "customers" TO fiberbill_definer;
--> statement-breakpoint
-- Row-level security still applies to fiberbill_definer (it owns no table, and
-- the tables force RLS on their owner anyway). A definer function that reads
-- across tenants could set app.tenant_id tenant by tenant, but that protects
-- nothing (the function may set any tenant it likes), costs a statement per
-- tenant and, under Citus, does not reach the workers (set_config is not
-- forwarded; see docs/scaling.md). So this role has its own read-only policy
-- on the four tables it reads: it sees every row of the columns granted above.
-- The wall for requests is unchanged: fiberbill_app is not a member of this
-- role, and these policies apply to no other role. Each function's own WHERE
-- is what keeps its answer narrow (the tenant in customer search comes from the
-- caller's app.tenant_id).
-- For customer search this also puts `search_text LIKE` into the trigram
-- index condition: under the tenant policy the planner may not (LIKE is not
-- LEAKPROOF), which 0008 got by relying on a superuser owner.
CREATE POLICY "definer_read" ON "tenants" AS PERMISSIVE FOR SELECT TO fiberbill_definer USING (true);
--> statement-breakpoint
CREATE POLICY "definer_read" ON "users" AS PERMISSIVE FOR SELECT TO fiberbill_definer USING (true);
--> statement-breakpoint
CREATE POLICY "definer_read" ON "outbox_messages" AS PERMISSIVE FOR SELECT TO fiberbill_definer USING (true);
--> statement-breakpoint
CREATE POLICY "definer_read" ON "customers" AS PERMISSIVE FOR SELECT TO fiberbill_definer USING (true);
--> statement-breakpoint
-- "Forgot which workspace", as one query now that the definer reads users
-- through its policy: no app.tenant_id juggling, nothing left in the caller's
-- transaction. Same signature, result and order as in 0001.
CREATE OR REPLACE FUNCTION fiberbill_workspaces_for_email(p_email text)
RETURNS TABLE (slug text, name text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.slug, t.name FROM tenants t
  WHERE t.status = 'active'
    AND EXISTS (SELECT 1 FROM users u WHERE u.tenant_id = t.id AND u.email = lower(p_email) AND u.active)
  ORDER BY t.slug
$$;
--> statement-breakpoint
-- A non-superuser migrating owner may hand a function only to a role that
-- could create it: CREATE on the schema, for the moment of the hand-over.
GRANT CREATE ON SCHEMA public TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_resolve_tenant(text) OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_slug_taken(text) OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_create_tenant(text, text, text) OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_workspaces_for_email(text) OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_active_tenants() OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_tenants_with_due_messages() OWNER TO fiberbill_definer;
--> statement-breakpoint
ALTER FUNCTION fiberbill_customer_search_ids(text[]) OWNER TO fiberbill_definer;
--> statement-breakpoint
REVOKE CREATE ON SCHEMA public FROM fiberbill_definer;
--> statement-breakpoint
-- The scheduler's look-ups and the workspace mail belong to the job role, not
-- to requests: a bug in a request can no longer list every tenant or probe
-- which workspaces an email belongs to.
REVOKE EXECUTE ON FUNCTION fiberbill_active_tenants(), fiberbill_tenants_with_due_messages(),
  fiberbill_workspaces_for_email(text) FROM fiberbill_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_active_tenants(), fiberbill_tenants_with_due_messages(),
  fiberbill_workspaces_for_email(text) TO fiberbill_jobs;
--> statement-breakpoint
-- Grants the app never uses (every write in lib/ and db/ checked):
--   a tenant's row is created by fiberbill_create_tenant and changed by nobody;
--   staff are deactivated, customers and subscriptions closed, never deleted;
--   a billing run is written once.
REVOKE UPDATE ON "tenants" FROM fiberbill_app;
--> statement-breakpoint
REVOKE DELETE ON "users", "customers", "subscriptions" FROM fiberbill_app;
--> statement-breakpoint
REVOKE UPDATE ON "billing_runs" FROM fiberbill_app;
--> statement-breakpoint
-- A trigger function is called by its trigger, never by a user: no EXECUTE for PUBLIC.
REVOKE EXECUTE ON FUNCTION fiberbill_audit_log_immutable() FROM PUBLIC;
