CREATE TYPE "public"."subscription_status" AS ENUM('pending', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."update_status" AS ENUM('draft', 'scheduled', 'published');--> statement-breakpoint
CREATE TABLE "case_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"petition_id" uuid,
	"status" "update_status" DEFAULT 'draft' NOT NULL,
	"publish_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"fanout_cursor" uuid,
	"fanout_finished_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_updates_published_has_date" CHECK ("case_updates"."status" <> 'published' or "case_updates"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscribers_canonicalEmail_unique" UNIQUE("canonical_email")
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"case_id" uuid,
	"status" "subscription_status" DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text,
	"token_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_confirmTokenHash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "subscriptions_one_per_case" UNIQUE NULLS NOT DISTINCT("subscriber_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "update_recipients" (
	"update_id" uuid NOT NULL,
	"subscriber_id" uuid NOT NULL,
	"message_id" uuid,
	CONSTRAINT "update_recipients_update_id_subscriber_id_pk" PRIMARY KEY("update_id","subscriber_id")
);
--> statement-breakpoint
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_updates" ADD CONSTRAINT "case_updates_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_recipients" ADD CONSTRAINT "update_recipients_update_id_case_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."case_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_recipients" ADD CONSTRAINT "update_recipients_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_recipients" ADD CONSTRAINT "update_recipients_message_id_mail_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."mail_messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_updates_published_idx" ON "case_updates" USING btree ("published_at") WHERE "case_updates"."status" = 'published';--> statement-breakpoint
CREATE INDEX "case_updates_case_idx" ON "case_updates" USING btree ("case_id","published_at");--> statement-breakpoint
CREATE INDEX "subscriptions_case_confirmed_idx" ON "subscriptions" USING btree ("case_id","subscriber_id") WHERE "subscriptions"."status" = 'confirmed';