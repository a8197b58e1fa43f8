ALTER TABLE "tenants" ADD COLUMN "onboarding_dismissed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "roles" ADD COLUMN "landing_path" text;--> statement-breakpoint
ALTER TABLE "roles" ADD CONSTRAINT "roles_landing_path_format" CHECK ("roles"."landing_path" ~ '^/[a-z-]+$');