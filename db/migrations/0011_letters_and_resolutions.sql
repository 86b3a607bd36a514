CREATE TYPE "public"."letter_action_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."letter_delivery_mode" AS ENUM('each', 'digest');--> statement-breakpoint
CREATE TYPE "public"."letter_delivery_status" AS ENUM('held', 'queued', 'sent', 'delivered');--> statement-breakpoint
CREATE TYPE "public"."letter_signature" AS ENUM('first_name', 'full_name', 'anonymous');--> statement-breakpoint
CREATE TYPE "public"."letter_status" AS ENUM('pending', 'confirmed', 'expired');--> statement-breakpoint
CREATE TYPE "public"."resolution_status" AS ENUM('submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "letter_action_offices" (
	"action_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	CONSTRAINT "letter_action_offices_action_id_office_id_pk" PRIMARY KEY("action_id","office_id")
);
--> statement-breakpoint
CREATE TABLE "letter_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"case_id" uuid,
	"title" jsonb NOT NULL,
	"ask" jsonb NOT NULL,
	"letter" jsonb NOT NULL,
	"to_embassy" boolean DEFAULT false NOT NULL,
	"allow_anonymous" boolean DEFAULT false NOT NULL,
	"mode" "letter_delivery_mode" DEFAULT 'each' NOT NULL,
	"per_hour" integer DEFAULT 30 NOT NULL,
	"status" "letter_action_status" DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_actions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "letter_actions_per_hour_positive" CHECK ("letter_actions"."per_hour" > 0)
);
--> statement-breakpoint
CREATE TABLE "letter_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"target" text NOT NULL,
	"canonical_email" text NOT NULL,
	"status" "letter_delivery_status" DEFAULT 'queued' NOT NULL,
	"mail_message_id" uuid,
	"digest_id" uuid,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_note" text,
	CONSTRAINT "letter_deliveries_one_per_person" UNIQUE("action_id","target","canonical_email")
);
--> statement-breakpoint
CREATE TABLE "letter_digests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"target" text NOT NULL,
	"letters" integer NOT NULL,
	"mail_message_id" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letter_offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"email" text,
	"source_url" text NOT NULL,
	"checked_on" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_offices_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "letter_target_pauses" (
	"target" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"reason" text NOT NULL,
	"paused_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"action_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"email_domain" text NOT NULL,
	"country" text NOT NULL,
	"city" text,
	"body" text NOT NULL,
	"sign_as" "letter_signature" DEFAULT 'first_name' NOT NULL,
	"reply_to" boolean DEFAULT false NOT NULL,
	"locale" text NOT NULL,
	"targets" jsonb NOT NULL,
	"status" "letter_status" DEFAULT 'pending' NOT NULL,
	"flagged" boolean DEFAULT false NOT NULL,
	"flag_reason" text,
	"ip_hash" text,
	"confirm_token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	CONSTRAINT "letters_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "letters_country_code" CHECK ("letters"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "resolution_cases" (
	"resolution_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "resolution_cases_resolution_id_case_id_pk" PRIMARY KEY("resolution_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation" text NOT NULL,
	"country" text NOT NULL,
	"members" integer,
	"passed_on" date NOT NULL,
	"body" text,
	"pdf_path" text,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"locale" text NOT NULL,
	"status" "resolution_status" DEFAULT 'submitted' NOT NULL,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "resolutions_country_code" CHECK ("resolutions"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "resolutions_members_positive" CHECK ("resolutions"."members" is null or "resolutions"."members" > 0),
	CONSTRAINT "resolutions_text_or_pdf" CHECK ("resolutions"."body" is not null or "resolutions"."pdf_path" is not null)
);
--> statement-breakpoint
ALTER TABLE "embassies" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "embassies" ADD COLUMN "email_source_url" text;--> statement-breakpoint
ALTER TABLE "letter_action_offices" ADD CONSTRAINT "letter_action_offices_action_id_letter_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."letter_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_action_offices" ADD CONSTRAINT "letter_action_offices_office_id_letter_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."letter_offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_actions" ADD CONSTRAINT "letter_actions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_deliveries" ADD CONSTRAINT "letter_deliveries_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_deliveries" ADD CONSTRAINT "letter_deliveries_action_id_letter_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."letter_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_digests" ADD CONSTRAINT "letter_digests_action_id_letter_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."letter_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_action_id_letter_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."letter_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_cases" ADD CONSTRAINT "resolution_cases_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolution_cases" ADD CONSTRAINT "resolution_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_actions_case_idx" ON "letter_actions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "letter_deliveries_queue_idx" ON "letter_deliveries" USING btree ("action_id","target","status","queued_at");--> statement-breakpoint
CREATE INDEX "letter_deliveries_sent_idx" ON "letter_deliveries" USING btree ("target","sent_at");--> statement-breakpoint
CREATE INDEX "letters_action_email_idx" ON "letters" USING btree ("action_id","canonical_email","created_at");--> statement-breakpoint
CREATE INDEX "letters_ip_hash_idx" ON "letters" USING btree ("ip_hash","created_at");--> statement-breakpoint
CREATE INDEX "letters_domain_idx" ON "letters" USING btree ("email_domain","created_at");--> statement-breakpoint
CREATE INDEX "resolution_cases_case_idx" ON "resolution_cases" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "resolutions_status_idx" ON "resolutions" USING btree ("status","passed_on");