CREATE TABLE "page_tag_expiries" (
	"tag" text PRIMARY KEY NOT NULL,
	"stale_at" timestamp (3) with time zone,
	"expired_at" timestamp (3) with time zone,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "page_tag_expiries_changed_idx" ON "page_tag_expiries" USING btree ("changed_at");