CREATE TABLE "outage_naps" (
	"tenant_id" uuid NOT NULL,
	"outage_id" uuid NOT NULL,
	"nap_id" uuid NOT NULL,
	"barangay_id" uuid,
	"subscribers" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "outage_naps_tenant_id_outage_id_nap_id_pk" PRIMARY KEY("tenant_id","outage_id","nap_id")
);
--> statement-breakpoint
ALTER TABLE "outage_naps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "outage_subscriptions" (
	"tenant_id" uuid NOT NULL,
	"outage_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"nap_id" uuid NOT NULL,
	CONSTRAINT "outage_subscriptions_tenant_id_outage_id_subscription_id_pk" PRIMARY KEY("tenant_id","outage_id","subscription_id")
);
--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "outages" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"target_kind" text NOT NULL,
	"pon_port_id" uuid,
	"lcp_id" uuid,
	"nap_id" uuid,
	"target_label" text NOT NULL,
	"cause" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"expected_restoration_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"resolution" text DEFAULT '' NOT NULL,
	"declared_by" uuid,
	"resolved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outages_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "outages_target_kind_valid" CHECK ("outages"."target_kind" in ('pon_port', 'lcp', 'nap')),
	CONSTRAINT "outages_resolved_after_start" CHECK ("outages"."resolved_at" is null or "outages"."resolved_at" >= "outages"."started_at")
);
--> statement-breakpoint
ALTER TABLE "outages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "adjustments" DROP CONSTRAINT "adjustments_category_valid";--> statement-breakpoint
ALTER TABLE "adjustments" ADD COLUMN "outage_id" uuid;--> statement-breakpoint
ALTER TABLE "adjustments" ADD COLUMN "subscription_id" uuid;--> statement-breakpoint
ALTER TABLE "plant_settings" ADD COLUMN "outage_credit_after_hours" integer;--> statement-breakpoint
ALTER TABLE "outage_naps" ADD CONSTRAINT "outage_naps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_naps" ADD CONSTRAINT "outage_naps_outage_fk" FOREIGN KEY ("tenant_id","outage_id") REFERENCES "public"."outages"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_naps" ADD CONSTRAINT "outage_naps_nap_fk" FOREIGN KEY ("tenant_id","nap_id") REFERENCES "public"."naps"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_naps" ADD CONSTRAINT "outage_naps_barangay_fk" FOREIGN KEY ("tenant_id","barangay_id") REFERENCES "public"."barangays"("tenant_id","id") ON DELETE SET NULL ("barangay_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_outage_fk" FOREIGN KEY ("tenant_id","outage_id") REFERENCES "public"."outages"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_subscription_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_nap_fk" FOREIGN KEY ("tenant_id","nap_id") REFERENCES "public"."naps"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_pon_port_fk" FOREIGN KEY ("tenant_id","pon_port_id") REFERENCES "public"."pon_ports"("tenant_id","id") ON DELETE SET NULL ("pon_port_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_lcp_fk" FOREIGN KEY ("tenant_id","lcp_id") REFERENCES "public"."lcps"("tenant_id","id") ON DELETE SET NULL ("lcp_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_nap_fk" FOREIGN KEY ("tenant_id","nap_id") REFERENCES "public"."naps"("tenant_id","id") ON DELETE SET NULL ("nap_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_declared_by_fk" FOREIGN KEY ("tenant_id","declared_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outages" ADD CONSTRAINT "outages_resolved_by_fk" FOREIGN KEY ("tenant_id","resolved_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outage_naps_tenant_nap_idx" ON "outage_naps" USING btree ("tenant_id","nap_id");--> statement-breakpoint
CREATE INDEX "outage_naps_tenant_barangay_idx" ON "outage_naps" USING btree ("tenant_id","barangay_id");--> statement-breakpoint
CREATE INDEX "outage_subscriptions_tenant_subscription_idx" ON "outage_subscriptions" USING btree ("tenant_id","subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outages_tenant_number_key" ON "outages" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "outages_tenant_started_idx" ON "outages" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "outages_tenant_open_pon_port_key" ON "outages" USING btree ("tenant_id","pon_port_id") WHERE "outages"."resolved_at" is null and "outages"."pon_port_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outages_tenant_open_lcp_key" ON "outages" USING btree ("tenant_id","lcp_id") WHERE "outages"."resolved_at" is null and "outages"."lcp_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "outages_tenant_open_nap_key" ON "outages" USING btree ("tenant_id","nap_id") WHERE "outages"."resolved_at" is null and "outages"."nap_id" is not null;--> statement-breakpoint
CREATE INDEX "customers_tenant_location_idx" ON "customers" USING btree ("tenant_id","latitude","longitude");--> statement-breakpoint
CREATE INDEX "subscriptions_tenant_premises_idx" ON "subscriptions" USING btree ("tenant_id","premises_latitude","premises_longitude");--> statement-breakpoint
CREATE UNIQUE INDEX "adjustments_tenant_outage_subscription_key" ON "adjustments" USING btree ("tenant_id","outage_id","subscription_id") WHERE "adjustments"."outage_id" is not null;--> statement-breakpoint
CREATE INDEX "lcps_tenant_location_idx" ON "lcps" USING btree ("tenant_id","latitude","longitude");--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_category_valid" CHECK ("adjustments"."category" in ('manual', 'late_fee', 'reconnection_fee', 'credit_carried', 'cancellation', 'reversal', 'outage_credit'));--> statement-breakpoint
ALTER TABLE "plant_settings" ADD CONSTRAINT "plant_settings_outage_credit_hours" CHECK ("plant_settings"."outage_credit_after_hours" is null or "plant_settings"."outage_credit_after_hours" between 1 and 720);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "outage_naps" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "outage_subscriptions" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "outages" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
-- Hand-written below: drizzle-kit emits no FORCE, grants, or column lists on SET NULL (the key's tenant_id must stay).
ALTER TABLE "outages" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outage_naps" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- An outage is resolved, never deleted; who it cut off is written once when it is declared.
GRANT SELECT, INSERT, UPDATE ON "outages" TO fiberbill_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "outage_naps", "outage_subscriptions" TO fiberbill_app;
