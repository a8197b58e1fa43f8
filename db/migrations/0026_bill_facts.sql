ALTER TABLE "customers" ADD COLUMN "tin" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "gcash_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "gcash_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "maya_number" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "maya_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "bank_accounts" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_settings" ADD COLUMN "office_hours" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_tin_digits" CHECK ("customers"."tin" ~ '^([0-9]{9}([0-9]{3,5})?)?$');--> statement-breakpoint
ALTER TABLE "billing_settings" ADD CONSTRAINT "billing_settings_wallets_e164" CHECK ("billing_settings"."gcash_number" ~ '^(\+639[0-9]{9})?$' and "billing_settings"."maya_number" ~ '^(\+639[0-9]{9})?$');