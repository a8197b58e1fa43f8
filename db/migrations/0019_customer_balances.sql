CREATE TABLE "customer_balances" (
	"tenant_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "customer_balances_tenant_id_customer_id_pk" PRIMARY KEY("tenant_id","customer_id")
);
--> statement-breakpoint
ALTER TABLE "customer_balances" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "customer_balances" ADD CONSTRAINT "customer_balances_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_balances" ADD CONSTRAINT "customer_balances_customer_fk" FOREIGN KEY ("tenant_id","customer_id") REFERENCES "public"."customers"("tenant_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_balances_tenant_balance_idx" ON "customer_balances" USING btree ("tenant_id","balance","customer_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "customer_balances" AS PERMISSIVE FOR ALL TO public USING (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid) WITH CHECK (tenant_id = (select nullif(current_setting('app.tenant_id', true), ''))::uuid);