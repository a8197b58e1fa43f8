-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "counters" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "barangays" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "plans" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "customers" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "customer_status_history" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "subscriptions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "subscription_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "counters" TO fiberbill_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "barangays", "plans", "customers", "subscriptions" TO fiberbill_app;
--> statement-breakpoint
-- Histories are append-only for the app.
GRANT SELECT, INSERT ON "customer_status_history", "subscription_events" TO fiberbill_app;
