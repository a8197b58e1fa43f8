-- Row-level security is enabled by drizzle-kit; force it so the owner obeys it too.
ALTER TABLE "billing_settings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "billing_runs" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invoices" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "invoice_lines" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "payments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "payment_allocations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "adjustments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON "billing_settings", "billing_runs" TO fiberbill_app;
--> statement-breakpoint
-- Issued documents are never deleted: invoices and payments are voided instead.
GRANT SELECT, INSERT, UPDATE ON "invoices", "payments", "adjustments" TO fiberbill_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON "invoice_lines" TO fiberbill_app;
--> statement-breakpoint
-- Allocations are removed when a payment is voided (the void keeps the payment and its reason).
GRANT SELECT, INSERT, DELETE ON "payment_allocations" TO fiberbill_app;
