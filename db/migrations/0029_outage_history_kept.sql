ALTER TABLE "outage_naps" DROP CONSTRAINT "outage_naps_nap_fk";
--> statement-breakpoint
ALTER TABLE "outage_subscriptions" DROP CONSTRAINT "outage_subscriptions_nap_fk";
--> statement-breakpoint
ALTER TABLE "outage_naps" ADD CONSTRAINT "outage_naps_nap_fk" FOREIGN KEY ("tenant_id","nap_id") REFERENCES "public"."naps"("tenant_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outage_subscriptions" ADD CONSTRAINT "outage_subscriptions_nap_fk" FOREIGN KEY ("tenant_id","nap_id") REFERENCES "public"."naps"("tenant_id","id") ON DELETE restrict ON UPDATE no action;