CREATE TABLE "background_jobs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"input" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"result" jsonb,
	"error" text,
	"file" "bytea",
	"file_name" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	CONSTRAINT "background_jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "background_jobs_kind_valid" CHECK ("background_jobs"."kind" in ('invoice_batch_pdf', 'customer_import', 'billing_run')),
	CONSTRAINT "background_jobs_status_valid" CHECK ("background_jobs"."status" in ('queued', 'running', 'done', 'failed')),
	CONSTRAINT "background_jobs_progress_valid" CHECK ("background_jobs"."done" >= 0 and "background_jobs"."total" >= 0)
);
--> statement-breakpoint
ALTER TABLE "background_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "background_jobs" ADD CONSTRAINT "background_jobs_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "background_jobs_tenant_subject_idx" ON "background_jobs" USING btree ("tenant_id","kind","subject_id","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "background_jobs" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "background_jobs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Jobs are recorded, advanced and finished (their file dropped when pruned); never deleted by the app.
GRANT SELECT, INSERT, UPDATE ON "background_jobs" TO fiberbill_app;
