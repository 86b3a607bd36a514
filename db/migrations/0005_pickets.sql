CREATE TYPE "public"."embassy_kind" AS ENUM('embassy', 'consulate');--> statement-breakpoint
CREATE TYPE "public"."picket_status" AS ENUM('proposed', 'approved', 'rejected', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."rsvp_status" AS ENUM('pending', 'confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TABLE "embassies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "embassy_kind" NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"country" text NOT NULL,
	"address" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"source_url" text NOT NULL,
	"checked_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "embassies_country_code" CHECK ("embassies"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "picket_cases" (
	"picket_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	CONSTRAINT "picket_cases_picket_id_case_id_pk" PRIMARY KEY("picket_id","case_id")
);
--> statement-breakpoint
CREATE TABLE "picket_reminders" (
	"rsvp_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "picket_reminders_rsvp_id_kind_starts_at_pk" PRIMARY KEY("rsvp_id","kind","starts_at")
);
--> statement-breakpoint
CREATE TABLE "picket_rsvps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"picket_id" uuid NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"canonical_email" text NOT NULL,
	"locale" text NOT NULL,
	"status" "rsvp_status" DEFAULT 'pending' NOT NULL,
	"confirm_token_hash" text NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"resend_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "picket_rsvps_confirm_token_hash_unique" UNIQUE("confirm_token_hash"),
	CONSTRAINT "picket_rsvps_cancel_token_hash_unique" UNIQUE("cancel_token_hash"),
	CONSTRAINT "picket_rsvps_one_per_email" UNIQUE("picket_id","canonical_email")
);
--> statement-breakpoint
CREATE TABLE "pickets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"what_to_bring" text,
	"accessibility" text,
	"country" text NOT NULL,
	"city" text NOT NULL,
	"venue" text NOT NULL,
	"address" text NOT NULL,
	"embassy_id" uuid,
	"lat" double precision,
	"lon" double precision,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"capacity" integer,
	"petition_id" uuid,
	"status" "picket_status" DEFAULT 'proposed' NOT NULL,
	"organiser_name" text NOT NULL,
	"organiser_email" text NOT NULL,
	"locale" text NOT NULL,
	"proposal_token_hash" text NOT NULL,
	"proposal_confirmed_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"rejection_reason" text,
	"cancelled_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pickets_proposal_token_hash_unique" UNIQUE("proposal_token_hash"),
	CONSTRAINT "pickets_country_code" CHECK ("pickets"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "pickets_times_in_order" CHECK ("pickets"."starts_at" < "pickets"."ends_at"),
	CONSTRAINT "pickets_capacity_positive" CHECK ("pickets"."capacity" is null or "pickets"."capacity" > 0)
);
--> statement-breakpoint
ALTER TABLE "picket_cases" ADD CONSTRAINT "picket_cases_picket_id_pickets_id_fk" FOREIGN KEY ("picket_id") REFERENCES "public"."pickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picket_cases" ADD CONSTRAINT "picket_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picket_reminders" ADD CONSTRAINT "picket_reminders_rsvp_id_picket_rsvps_id_fk" FOREIGN KEY ("rsvp_id") REFERENCES "public"."picket_rsvps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "picket_rsvps" ADD CONSTRAINT "picket_rsvps_picket_id_pickets_id_fk" FOREIGN KEY ("picket_id") REFERENCES "public"."pickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickets" ADD CONSTRAINT "pickets_embassy_id_embassies_id_fk" FOREIGN KEY ("embassy_id") REFERENCES "public"."embassies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pickets" ADD CONSTRAINT "pickets_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "picket_rsvps_picket_idx" ON "picket_rsvps" USING btree ("picket_id","status","confirmed_at");--> statement-breakpoint
CREATE INDEX "pickets_status_start_idx" ON "pickets" USING btree ("status","starts_at");