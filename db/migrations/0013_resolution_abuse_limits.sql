ALTER TABLE "resolutions" ADD COLUMN "canonical_email" text;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "email_domain" text;--> statement-breakpoint
ALTER TABLE "resolutions" ADD COLUMN "ip_hash" text;--> statement-breakpoint
CREATE INDEX "resolutions_created_idx" ON "resolutions" USING btree ("created_at");