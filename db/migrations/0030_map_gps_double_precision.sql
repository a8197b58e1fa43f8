-- The map at 100,000 lines (issue 14, bench:map).
--
-- Coordinates become double precision (they were numeric(9,6)). Under
-- row-level security the planner may use a condition as an index condition
-- below the tenant policy, and may read the column's statistics for it, only
-- when the condition's operator is LEAKPROOF. float8's comparisons are and
-- numeric's are not: the map's bounding boxes and the free-port finder's box
-- (`latitude between $1 and $2 and longitude between $3 and $4`) were a
-- filter over every row of the tenant, the (tenant_id, latitude, longitude)
-- indexes of 0027 and 0028 went unused, and each box was estimated at one row
-- (nested loops over 90,000 lines at city zoom). float8 also clusters several
-- times faster than numeric arithmetic, and keeps about 15 significant digits
-- (a tenth of a millimetre at six decimals). One ALTER per table: each table
-- is rewritten, and its indexes rebuilt, once.
ALTER TABLE "customers" ALTER COLUMN "latitude" SET DATA TYPE double precision, ALTER COLUMN "longitude" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "subscriptions" ALTER COLUMN "premises_latitude" SET DATA TYPE double precision, ALTER COLUMN "premises_longitude" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "field_jobs" ALTER COLUMN "premises_latitude" SET DATA TYPE double precision, ALTER COLUMN "premises_longitude" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "lcps" ALTER COLUMN "latitude" SET DATA TYPE double precision, ALTER COLUMN "longitude" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "naps" ALTER COLUMN "latitude" SET DATA TYPE double precision, ALTER COLUMN "longitude" SET DATA TYPE double precision;--> statement-breakpoint
ALTER TABLE "olts" ALTER COLUMN "latitude" SET DATA TYPE double precision, ALTER COLUMN "longitude" SET DATA TYPE double precision;--> statement-breakpoint
-- Subscriber clusters at city zoom read every line of the tenant. These
-- indexes let them do it from indexes alone: lines with premises GPS (the map
-- never draws a cancelled line, so the premises index leaves them out), and
-- the lines drawn at their customer's home merged, in customer id order, with
-- the homes. 100,000 heap rows were about two thirds of the query's time.
DROP INDEX "subscriptions_tenant_premises_idx";--> statement-breakpoint
CREATE INDEX "subscriptions_tenant_premises_idx" ON "subscriptions" USING btree ("tenant_id","premises_latitude","premises_longitude") WHERE "subscriptions"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "subscriptions_tenant_at_home_idx" ON "subscriptions" USING btree ("tenant_id","customer_id") WHERE "subscriptions"."premises_latitude" is null and "subscriptions"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "customers_tenant_id_location_idx" ON "customers" USING btree ("tenant_id","id","latitude","longitude");
