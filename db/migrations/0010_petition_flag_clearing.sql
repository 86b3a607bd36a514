ALTER TABLE "petitions" ADD COLUMN "flag_source_kind" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "flag_source" text;--> statement-breakpoint
ALTER TABLE "petitions" ADD COLUMN "flag_cleared_at" timestamp with time zone;