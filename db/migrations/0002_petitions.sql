CREATE TYPE "public"."block_kind" AS ENUM('domain', 'ip_range');--> statement-breakpoint
CREATE TYPE "public"."petition_status" AS ENUM('draft', 'open', 'closed', 'delivered');--> statement-breakpoint
CREATE TYPE "public"."signature_status" AS ENUM('pending', 'confirmed', 'withdrawn', 'expired');--> statement-breakpoint
CREATE TABLE "paper_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"petition_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"country" text,
	"place" text,
	"collected_on" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "paper_counts_positive" CHECK ("paper_counts"."count" > 0)
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"case_id" uuid,
	"target" jsonb NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"goal" integer NOT NULL,
	"status" "petition_status" DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"delivered_to" text,
	"delivered_count" integer,
	"delivery_note" text,
	"flagged_at" timestamp with time zone,
	"flag_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petitions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "petitions_goal_positive" CHECK ("petitions"."goal" > 0),
	CONSTRAINT "petitions_dates_in_order" CHECK ("petitions"."opens_at" is null or "petitions"."closes_at" is null or "petitions"."opens_at" < "petitions"."closes_at")
);
--> statement-breakpoint
CREATE TABLE "signature_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "block_kind" NOT NULL,
	"value" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signature_blocks_kind_value_unique" UNIQUE("kind","value")
);
--> statement-breakpoint
CREATE TABLE "signature_tallies" (
	"petition_id" uuid NOT NULL,
	"country" text NOT NULL,
	"shard" smallint NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "signature_tallies_petition_id_country_shard_pk" PRIMARY KEY("petition_id","country","shard")
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"email_domain" text NOT NULL,
	"country" text NOT NULL,
	"city" text,
	"comment" text,
	"public_name" boolean DEFAULT false NOT NULL,
	"wants_updates" boolean DEFAULT false NOT NULL,
	"locale" text NOT NULL,
	"status" "signature_status" DEFAULT 'pending' NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"flag_reason" text,
	"ip_hash" text,
	"confirm_token_hash" text NOT NULL,
	"withdraw_token_hash" text NOT NULL,
	"resend_count" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	CONSTRAINT "signatures_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "signatures_withdraw_token_hash_unique" UNIQUE("withdraw_token_hash"),
	CONSTRAINT "signatures_one_per_email" UNIQUE("petition_id","canonical_email"),
	CONSTRAINT "signatures_country_code" CHECK ("signatures"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "paper_counts" ADD CONSTRAINT "paper_counts_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_tallies" ADD CONSTRAINT "signature_tallies_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "paper_counts_petition_idx" ON "paper_counts" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "petitions_case_idx" ON "petitions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "signatures_recent_idx" ON "signatures" USING btree ("petition_id","status","confirmed_at");--> statement-breakpoint
CREATE INDEX "signatures_ip_hash_idx" ON "signatures" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE INDEX "signatures_domain_idx" ON "signatures" USING btree ("email_domain","created_at");--> statement-breakpoint
CREATE INDEX "signatures_pending_idx" ON "signatures" USING btree ("created_at") WHERE "signatures"."status" = 'pending';