CREATE TYPE "public"."case_status" AS ENUM('pre_trial', 'imprisoned', 'restricted_freedom', 'paroled', 'released', 'in_exile', 'deceased');--> statement-breakpoint
CREATE TYPE "public"."citation_subject" AS ENUM('case', 'status', 'charge', 'sentence', 'detention', 'timeline', 'campaign');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('day', 'month', 'year');--> statement-breakpoint
CREATE TYPE "public"."letter_delivery" AS ENUM('yes', 'no', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."name_kind" AS ENUM('primary', 'alias', 'birth', 'misspelling');--> statement-breakpoint
CREATE TYPE "public"."name_script" AS ENUM('latin', 'cyrillic');--> statement-breakpoint
CREATE TYPE "public"."photo_consent" AS ENUM('none', 'self', 'family', 'public_domain', 'licensed');--> statement-breakpoint
CREATE TYPE "public"."timeline_kind" AS ENUM('strike', 'protest', 'massacre', 'arrest', 'charge', 'trial', 'sentence', 'appeal', 'transfer', 'solitary', 'hunger_strike', 'un_opinion', 'parole', 'release', 'death', 'statement', 'other');--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "campaigns_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "case_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"name" text NOT NULL,
	"script" "name_script" NOT NULL,
	"language" text,
	"kind" "name_kind" DEFAULT 'alias' NOT NULL,
	"search_key" text NOT NULL,
	CONSTRAINT "case_names_case_id_name_unique" UNIQUE("case_id","name")
);
--> statement-breakpoint
CREATE TABLE "case_statuses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" "case_status" NOT NULL,
	"since" date,
	"since_precision" date_precision DEFAULT 'day' NOT NULL,
	"as_of" date NOT NULL,
	"confirmed" boolean DEFAULT true NOT NULL,
	"note" jsonb
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"biography" jsonb NOT NULL,
	"occupation" jsonb,
	"affiliation" jsonb,
	"how_to_help" jsonb,
	"birth_year" integer,
	"birth_name" text,
	"photo_path" text,
	"photo_credit" text,
	"photo_consent" "photo_consent" DEFAULT 'none' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"code" jsonb NOT NULL,
	"article" text,
	"part" text,
	"label" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"subject" "citation_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	CONSTRAINT "citations_source_id_subject_subject_id_unique" UNIQUE("source_id","subject","subject_id")
);
--> statement-breakpoint
CREATE TABLE "detentions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"facility" jsonb NOT NULL,
	"city" jsonb,
	"from_date" date,
	"to_date" date,
	"letter_address" text,
	"address_verified_on" date,
	"letters_reach" "letter_delivery" DEFAULT 'unknown' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "detentions_dates_in_order" CHECK ("detentions"."from_date" is null or "detentions"."to_date" is null or "detentions"."from_date" <= "detentions"."to_date")
);
--> statement-breakpoint
CREATE TABLE "sentences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"sentenced_on" date,
	"sentenced_on_precision" date_precision DEFAULT 'day' NOT NULL,
	"court" jsonb,
	"term_months" integer,
	"regime" jsonb,
	"additional_penalties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"expected_release" date
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"publisher" text NOT NULL,
	"published_on" date,
	"url" text,
	"language" text
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid,
	"campaign_id" uuid,
	"occurred_on" date NOT NULL,
	"precision" date_precision DEFAULT 'day' NOT NULL,
	"kind" timeline_kind NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb,
	CONSTRAINT "timeline_events_one_owner" CHECK (num_nonnulls("timeline_events"."case_id", "timeline_events"."campaign_id") = 1)
);
--> statement-breakpoint
ALTER TABLE "case_names" ADD CONSTRAINT "case_names_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_statuses" ADD CONSTRAINT "case_statuses_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charges" ADD CONSTRAINT "charges_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citations" ADD CONSTRAINT "citations_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "detentions" ADD CONSTRAINT "detentions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentences" ADD CONSTRAINT "sentences_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_names_search_key_idx" ON "case_names" USING btree ("search_key");--> statement-breakpoint
CREATE INDEX "case_statuses_case_idx" ON "case_statuses" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "citations_subject_idx" ON "citations" USING btree ("subject","subject_id");--> statement-breakpoint
CREATE INDEX "timeline_events_case_idx" ON "timeline_events" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "timeline_events_campaign_idx" ON "timeline_events" USING btree ("campaign_id");