CREATE TABLE "device_movements" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"device_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"technician_id" uuid,
	"subscription_id" uuid,
	"field_job_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"moved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "device_movements_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
ALTER TABLE "device_movements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "devices" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"brand" text DEFAULT '' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"serial_number" text NOT NULL,
	"mac" text,
	"status" text DEFAULT 'in_stock' NOT NULL,
	"technician_id" uuid,
	"subscription_id" uuid,
	"purchase_cost" bigint,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "devices_kind_valid" CHECK ("devices"."kind" in ('onu', 'router')),
	CONSTRAINT "devices_status_valid" CHECK ("devices"."status" in ('in_stock', 'with_technician', 'installed', 'returned', 'defective', 'lost')),
	CONSTRAINT "devices_serial_format" CHECK ("devices"."serial_number" ~ '^[A-Z0-9][A-Z0-9._/-]{2,39}$'),
	CONSTRAINT "devices_mac_format" CHECK ("devices"."mac" ~ '^([0-9A-F]{2}:){5}[0-9A-F]{2}$'),
	CONSTRAINT "devices_installed_has_line" CHECK (("devices"."status" = 'installed') = ("devices"."subscription_id" is not null)),
	CONSTRAINT "devices_with_technician_has_one" CHECK ("devices"."status" <> 'with_technician' or "devices"."technician_id" is not null),
	CONSTRAINT "devices_cost_non_negative" CHECK ("devices"."purchase_cost" is null or "devices"."purchase_cost" >= 0)
);
--> statement-breakpoint
ALTER TABLE "devices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "field_jobs" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"customer_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"scheduled_on" date NOT NULL,
	"technician_id" uuid,
	"nap_port_id" uuid,
	"device_id" uuid,
	"previous_nap_port_id" uuid,
	"previous_device_id" uuid,
	"premises_latitude" numeric(9, 6),
	"premises_longitude" numeric(9, 6),
	"drop_length_m" integer,
	"rx_power_dbm" double precision,
	"expected_rx_dbm" double precision,
	"signal_flag" text,
	"notes" text DEFAULT '' NOT NULL,
	"reason" text,
	"completed_on" date,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "field_jobs_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "field_jobs_kind_valid" CHECK ("field_jobs"."kind" in ('installation', 'relocation', 'port_swap', 'device_swap', 'pull_out')),
	CONSTRAINT "field_jobs_status_valid" CHECK ("field_jobs"."status" in ('scheduled', 'en_route', 'on_site', 'done', 'failed', 'cancelled')),
	CONSTRAINT "field_jobs_done_has_date" CHECK ("field_jobs"."status" <> 'done' or ("field_jobs"."completed_on" is not null and "field_jobs"."completed_at" is not null)),
	CONSTRAINT "field_jobs_readings_valid" CHECK (("field_jobs"."rx_power_dbm" is null or "field_jobs"."rx_power_dbm" between -50 and 10) and ("field_jobs"."drop_length_m" is null or "field_jobs"."drop_length_m" between 0 and 5000)),
	CONSTRAINT "field_jobs_premises_gps_valid" CHECK (("field_jobs"."premises_latitude" is null) = ("field_jobs"."premises_longitude" is null) and ("field_jobs"."premises_latitude" is null or ("field_jobs"."premises_latitude" between -90 and 90 and "field_jobs"."premises_longitude" between -180 and 180)))
);
--> statement-breakpoint
ALTER TABLE "field_jobs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "lcps" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"barangay_id" uuid,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"pon_port_id" uuid,
	"splitter_ratio" integer NOT NULL,
	"feeder_length_m" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lcps_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "lcps_splitter_ratio_valid" CHECK ("lcps"."splitter_ratio" in (2, 4, 8, 16)),
	CONSTRAINT "lcps_feeder_length_valid" CHECK ("lcps"."feeder_length_m" between 0 and 60000),
	CONSTRAINT "lcps_gps_valid" CHECK (("lcps"."latitude" is null) = ("lcps"."longitude" is null) and ("lcps"."latitude" is null or ("lcps"."latitude" between -90 and 90 and "lcps"."longitude" between -180 and 180)))
);
--> statement-breakpoint
ALTER TABLE "lcps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "nap_ports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"nap_id" uuid NOT NULL,
	"nap_ratio" integer NOT NULL,
	"port_number" integer NOT NULL,
	"state" text DEFAULT 'free' NOT NULL,
	"subscription_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nap_ports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "nap_ports_number_within_ratio" CHECK ("nap_ports"."port_number" between 1 and "nap_ports"."nap_ratio"),
	CONSTRAINT "nap_ports_state_valid" CHECK ("nap_ports"."state" in ('free', 'reserved', 'in_use', 'faulty')),
	CONSTRAINT "nap_ports_occupant_matches_state" CHECK (("nap_ports"."state" in ('reserved', 'in_use')) = ("nap_ports"."subscription_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "nap_ports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "naps" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"lcp_id" uuid,
	"barangay_id" uuid,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"pole_number" text DEFAULT '' NOT NULL,
	"splitter_ratio" integer NOT NULL,
	"distance_from_lcp_m" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "naps_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "naps_tenant_id_ratio_key" UNIQUE("tenant_id","id","splitter_ratio"),
	CONSTRAINT "naps_splitter_ratio_valid" CHECK ("naps"."splitter_ratio" in (4, 8, 16)),
	CONSTRAINT "naps_distance_valid" CHECK ("naps"."distance_from_lcp_m" between 0 and 20000),
	CONSTRAINT "naps_gps_valid" CHECK (("naps"."latitude" is null) = ("naps"."longitude" is null) and ("naps"."latitude" is null or ("naps"."latitude" between -90 and 90 and "naps"."longitude" between -180 and 180)))
);
--> statement-breakpoint
ALTER TABLE "naps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "olts" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"vendor" text DEFAULT '' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"site" text DEFAULT '' NOT NULL,
	"latitude" numeric(9, 6),
	"longitude" numeric(9, 6),
	"management_address" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "olts_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "olts_gps_valid" CHECK (("olts"."latitude" is null) = ("olts"."longitude" is null) and ("olts"."latitude" is null or ("olts"."latitude" between -90 and 90 and "olts"."longitude" between -180 and 180)))
);
--> statement-breakpoint
ALTER TABLE "olts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plant_settings" (
	"tenant_id" uuid NOT NULL,
	"splitter_loss_db" jsonb NOT NULL,
	"fibre_loss_db_per_km" double precision DEFAULT 0.35 NOT NULL,
	"connector_allowance_db" double precision DEFAULT 1.5 NOT NULL,
	"tolerance_db" double precision DEFAULT 3 NOT NULL,
	"minimum_rx_dbm" double precision DEFAULT -27 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plant_settings_tenant_id_pk" PRIMARY KEY("tenant_id")
);
--> statement-breakpoint
ALTER TABLE "plant_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pon_ports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"olt_id" uuid NOT NULL,
	"label" text NOT NULL,
	"tx_power_dbm" double precision DEFAULT 3 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pon_ports_tenant_id_id_pk" PRIMARY KEY("tenant_id","id"),
	CONSTRAINT "pon_ports_tx_power_valid" CHECK ("pon_ports"."tx_power_dbm" between -10 and 15)
);
--> statement-breakpoint
ALTER TABLE "pon_ports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "premises_latitude" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "premises_longitude" numeric(9, 6);--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_device_fk" FOREIGN KEY ("tenant_id","device_id") REFERENCES "public"."devices"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_technician_fk" FOREIGN KEY ("tenant_id","technician_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_subscription_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_field_job_fk" FOREIGN KEY ("tenant_id","field_job_id") REFERENCES "public"."field_jobs"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_movements" ADD CONSTRAINT "device_movements_moved_by_fk" FOREIGN KEY ("tenant_id","moved_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_technician_fk" FOREIGN KEY ("tenant_id","technician_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_subscription_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_subscription_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_technician_fk" FOREIGN KEY ("tenant_id","technician_id") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-edited (drizzle-kit cannot say it): a finished job outlives a port removed with its box or a smaller
-- splitter; only the port column is cleared (PostgreSQL 15's column list), never tenant_id.
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_nap_port_fk" FOREIGN KEY ("tenant_id","nap_port_id") REFERENCES "public"."nap_ports"("tenant_id","id") ON DELETE SET NULL ("nap_port_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_device_fk" FOREIGN KEY ("tenant_id","device_id") REFERENCES "public"."devices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_previous_nap_port_fk" FOREIGN KEY ("tenant_id","previous_nap_port_id") REFERENCES "public"."nap_ports"("tenant_id","id") ON DELETE SET NULL ("previous_nap_port_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_previous_device_fk" FOREIGN KEY ("tenant_id","previous_device_id") REFERENCES "public"."devices"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_completed_by_fk" FOREIGN KEY ("tenant_id","completed_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "field_jobs" ADD CONSTRAINT "field_jobs_created_by_fk" FOREIGN KEY ("tenant_id","created_by") REFERENCES "public"."users"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lcps" ADD CONSTRAINT "lcps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lcps" ADD CONSTRAINT "lcps_barangay_fk" FOREIGN KEY ("tenant_id","barangay_id") REFERENCES "public"."barangays"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lcps" ADD CONSTRAINT "lcps_pon_port_fk" FOREIGN KEY ("tenant_id","pon_port_id") REFERENCES "public"."pon_ports"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nap_ports" ADD CONSTRAINT "nap_ports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nap_ports" ADD CONSTRAINT "nap_ports_nap_fk" FOREIGN KEY ("tenant_id","nap_id","nap_ratio") REFERENCES "public"."naps"("tenant_id","id","splitter_ratio") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "nap_ports" ADD CONSTRAINT "nap_ports_subscription_fk" FOREIGN KEY ("tenant_id","subscription_id") REFERENCES "public"."subscriptions"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naps" ADD CONSTRAINT "naps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naps" ADD CONSTRAINT "naps_lcp_fk" FOREIGN KEY ("tenant_id","lcp_id") REFERENCES "public"."lcps"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "naps" ADD CONSTRAINT "naps_barangay_fk" FOREIGN KEY ("tenant_id","barangay_id") REFERENCES "public"."barangays"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "olts" ADD CONSTRAINT "olts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plant_settings" ADD CONSTRAINT "plant_settings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pon_ports" ADD CONSTRAINT "pon_ports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pon_ports" ADD CONSTRAINT "pon_ports_olt_fk" FOREIGN KEY ("tenant_id","olt_id") REFERENCES "public"."olts"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "device_movements_device_idx" ON "device_movements" USING btree ("tenant_id","device_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_tenant_serial_key" ON "devices" USING btree ("tenant_id","serial_number");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_tenant_mac_key" ON "devices" USING btree ("tenant_id","mac") WHERE "devices"."mac" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "devices_tenant_installed_key" ON "devices" USING btree ("tenant_id","subscription_id","kind") WHERE "devices"."status" = 'installed';--> statement-breakpoint
CREATE INDEX "devices_tenant_status_idx" ON "devices" USING btree ("tenant_id","status","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "field_jobs_open_per_subscription_key" ON "field_jobs" USING btree ("tenant_id","subscription_id") WHERE "field_jobs"."status" in ('scheduled', 'en_route', 'on_site');--> statement-breakpoint
CREATE UNIQUE INDEX "field_jobs_open_device_key" ON "field_jobs" USING btree ("tenant_id","device_id") WHERE "field_jobs"."device_id" is not null and "field_jobs"."status" in ('scheduled', 'en_route', 'on_site');--> statement-breakpoint
CREATE INDEX "field_jobs_tenant_status_date_idx" ON "field_jobs" USING btree ("tenant_id","status","scheduled_on");--> statement-breakpoint
CREATE INDEX "field_jobs_tenant_customer_idx" ON "field_jobs" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE INDEX "field_jobs_tenant_nap_port_idx" ON "field_jobs" USING btree ("tenant_id","nap_port_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lcps_tenant_code_key" ON "lcps" USING btree ("tenant_id",lower("code"));--> statement-breakpoint
CREATE INDEX "lcps_tenant_barangay_idx" ON "lcps" USING btree ("tenant_id","barangay_id");--> statement-breakpoint
CREATE INDEX "lcps_tenant_pon_port_idx" ON "lcps" USING btree ("tenant_id","pon_port_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nap_ports_tenant_nap_port_key" ON "nap_ports" USING btree ("tenant_id","nap_id","port_number");--> statement-breakpoint
CREATE UNIQUE INDEX "nap_ports_tenant_subscription_in_use_key" ON "nap_ports" USING btree ("tenant_id","subscription_id") WHERE "nap_ports"."state" = 'in_use';--> statement-breakpoint
CREATE UNIQUE INDEX "nap_ports_tenant_subscription_reserved_key" ON "nap_ports" USING btree ("tenant_id","subscription_id") WHERE "nap_ports"."state" = 'reserved';--> statement-breakpoint
CREATE UNIQUE INDEX "naps_tenant_code_key" ON "naps" USING btree ("tenant_id",lower("code"));--> statement-breakpoint
CREATE INDEX "naps_tenant_barangay_idx" ON "naps" USING btree ("tenant_id","barangay_id");--> statement-breakpoint
CREATE INDEX "naps_tenant_lcp_idx" ON "naps" USING btree ("tenant_id","lcp_id");--> statement-breakpoint
CREATE INDEX "naps_tenant_location_idx" ON "naps" USING btree ("tenant_id","latitude","longitude");--> statement-breakpoint
CREATE UNIQUE INDEX "olts_tenant_name_key" ON "olts" USING btree ("tenant_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "pon_ports_tenant_olt_label_key" ON "pon_ports" USING btree ("tenant_id","olt_id",lower("label"));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_premises_gps_valid" CHECK (("subscriptions"."premises_latitude" is null) = ("subscriptions"."premises_longitude" is null) and ("subscriptions"."premises_latitude" is null or ("subscriptions"."premises_latitude" between -90 and 90 and "subscriptions"."premises_longitude" between -180 and 180)));--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "device_movements" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "devices" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "field_jobs" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "lcps" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "nap_ports" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "naps" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "olts" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "plant_settings" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "pon_ports" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);--> statement-breakpoint
-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "olts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pon_ports" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "lcps" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "naps" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "nap_ports" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "plant_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "devices" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "field_jobs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "device_movements" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Plant rows are removed while nothing hangs on them (foreign keys restrict); a NAP's ports go with it.
GRANT SELECT, INSERT, UPDATE, DELETE ON "olts", "pon_ports", "lcps", "naps", "nap_ports" TO fiberbill_app;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "plant_settings" TO fiberbill_app;--> statement-breakpoint
-- A device is written off (lost, defective), never deleted; a job is cancelled, never deleted; movements are history.
GRANT SELECT, INSERT, UPDATE ON "devices", "field_jobs" TO fiberbill_app;--> statement-breakpoint
GRANT SELECT, INSERT ON "device_movements" TO fiberbill_app;--> statement-breakpoint
-- Completing an installation becomes a permission of its own. Roles that already
-- mark field work done get it, each with an audit row saying why (as in 0021).
DO $$
BEGIN
  ALTER TABLE roles NO FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log NO FORCE ROW LEVEL SECURITY;
  WITH granted AS (
    UPDATE roles SET permissions = array_append(permissions, 'installations.complete'), updated_at = now()
    WHERE 'work.complete' = ANY (permissions) AND NOT 'installations.complete' = ANY (permissions)
    RETURNING tenant_id, id, name
  )
  INSERT INTO audit_log (tenant_id, user_id, action, entity_type, entity_id, changes, user_agent)
  SELECT tenant_id, NULL, 'role.update', 'role', id::text,
    jsonb_build_object('after', jsonb_build_object('name', name, 'added', jsonb_build_array('installations.complete'),
      'why', 'Completing installations became a permission; roles that mark field work done keep doing it.')),
    'fiberbill-migration'
  FROM granted;
  ALTER TABLE roles FORCE ROW LEVEL SECURITY;
  ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
END
$$;
