-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "notification_settings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "notification_templates" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "outbox_messages" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "work_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "job_runs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "notification_settings", "notification_templates", "work_items", "job_runs" TO fiberbill_app;
--> statement-breakpoint
-- Messages are kept as the record of what was sent: no DELETE.
GRANT SELECT, INSERT, UPDATE ON "outbox_messages" TO fiberbill_app;
--> statement-breakpoint
-- The daily schedule fans out one event per active tenant: the only list of
-- tenants the runtime role can read, ids and time zones only.
CREATE FUNCTION fiberbill_active_tenants()
RETURNS TABLE (id uuid, slug text, time_zone text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT t.id, t.slug, t.time_zone FROM tenants t WHERE t.status = 'active' ORDER BY t.slug
$$;
--> statement-breakpoint
-- The outbox sender wakes up for tenants with messages due: ids only.
CREATE FUNCTION fiberbill_tenants_with_due_messages()
RETURNS TABLE (id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT DISTINCT m.tenant_id FROM outbox_messages m WHERE m.status = 'queued' AND m.next_attempt_at <= now()
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_active_tenants() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_tenants_with_due_messages() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_active_tenants(), fiberbill_tenants_with_due_messages() TO fiberbill_app;
