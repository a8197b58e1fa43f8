-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "idempotency_keys" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A key is the record that a submission was done: written once, its result filled in, never deleted.
GRANT SELECT, INSERT, UPDATE ON "idempotency_keys" TO fiberbill_app;
