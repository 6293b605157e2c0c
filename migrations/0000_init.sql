CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"county_code" text,
	"valid_from" date DEFAULT '2000-01-01' NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_level_check" CHECK ("regions"."level" in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
	CONSTRAINT "regions_code_shape_check" CHECK (("regions"."level" = 'PROVINCE' and "regions"."code" ~ '^[1-9][0-9]0000$')
       or ("regions"."level" = 'CITY' and "regions"."code" ~ '^[1-9][0-9]{3}00$')
       or ("regions"."level" = 'COUNTY' and "regions"."code" ~ '^[1-9][0-9]{5}$')
       or ("regions"."level" = 'TOWNSHIP' and "regions"."code" ~ '^[1-9][0-9]{8}$')
       or ("regions"."level" = 'VILLAGE' and "regions"."code" ~ '^[1-9][0-9]{11}$')),
	CONSTRAINT "regions_validity_check" CHECK ("regions"."valid_to" is null or "regions"."valid_to" >= "regions"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "service_points" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "service_points_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"region_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"address" text,
	"phone" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_points_kind_check" CHECK ("service_points"."kind" in ('BANK', 'WORKSTATION'))
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"all_counties" boolean DEFAULT false NOT NULL,
	"county_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"service_point_id" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_key" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('ADMIN', 'PRODUCT_MANAGER', 'CLAIMS_OFFICER', 'CLAIMS_SUPERVISOR', 'COUNTY_LEAD', 'AGENT')),
	CONSTRAINT "users_scope_check" CHECK ("users"."all_counties" or cardinality("users"."county_codes") > 0)
);
--> statement-breakpoint
CREATE TABLE "category_periods" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "category_periods_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"policyholder_id" bigint NOT NULL,
	"category" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_periods_category_check" CHECK ("category_periods"."category" in ('ORDINARY', 'TEKUN', 'DIBAO', 'DIBAO_EDGE', 'MONITORED', 'RELAPSED', 'LIFTED')),
	CONSTRAINT "category_periods_source_check" CHECK ("category_periods"."source" in ('ROSTER', 'MANUAL', 'SEED')),
	CONSTRAINT "category_periods_validity_check" CHECK ("category_periods"."valid_to" is null or "category_periods"."valid_to" >= "category_periods"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "households_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"village_code" text NOT NULL,
	"household_no" text NOT NULL,
	"head_name" text NOT NULL,
	"address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policyholders" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policyholders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"id_number" text NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text,
	"village_code" text NOT NULL,
	"household_id" bigint,
	"service_point_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policyholders_sex_check" CHECK ("policyholders"."sex" in ('MALE', 'FEMALE')),
	CONSTRAINT "policyholders_id_number_shape_check" CHECK ("policyholders"."id_number" ~ '^[0-9]{17}[0-9X]$'),
	CONSTRAINT "policyholders_county_code_shape_check" CHECK ("policyholders"."county_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "product_versions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "product_versions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"product_id" integer NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"premium_fen" bigint NOT NULL,
	"subsidy_fen" bigint NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" integer,
	"published_by" integer,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_versions_status_check" CHECK ("product_versions"."status" in ('DRAFT', 'PUBLISHED', 'RETIRED')),
	CONSTRAINT "product_versions_premium_check" CHECK ("product_versions"."premium_fen" >= 0 and "product_versions"."subsidy_fen" >= 0 and "product_versions"."subsidy_fen" <= "product_versions"."premium_fen"),
	CONSTRAINT "product_versions_validity_check" CHECK ("product_versions"."effective_to" is null or "product_versions"."effective_to" >= "product_versions"."effective_from"),
	CONSTRAINT "product_versions_published_check" CHECK ("product_versions"."status" = 'DRAFT' or "product_versions"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "products_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"county_codes" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_kind_check" CHECK ("products"."kind" in ('BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', 'PREVENT_POVERTY', 'LONG_TERM_CARE')),
	CONSTRAINT "products_scope_check" CHECK (cardinality("products"."county_codes") > 0)
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "policies_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"product_id" integer NOT NULL,
	"product_version_id" integer,
	"policyholder_id" bigint,
	"household_id" bigint,
	"coverage_year" integer NOT NULL,
	"status" text DEFAULT 'ACTIVE' NOT NULL,
	"insured_count" integer DEFAULT 1 NOT NULL,
	"premium_due_fen" bigint NOT NULL,
	"subsidy_fen" bigint DEFAULT 0 NOT NULL,
	"premium_received_fen" bigint DEFAULT 0 NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policies_status_check" CHECK ("policies"."status" in ('ACTIVE', 'CANCELLED')),
	CONSTRAINT "policies_holder_check" CHECK (("policies"."policyholder_id" is null) <> ("policies"."household_id" is null)),
	CONSTRAINT "policies_amounts_check" CHECK ("policies"."premium_due_fen" >= 0 and "policies"."subsidy_fen" >= 0 and "policies"."premium_received_fen" >= 0 and "policies"."insured_count" >= 1)
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "claims_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'SUBMITTED' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"external_no" text NOT NULL,
	"channel" text DEFAULT 'HOSPITAL' NOT NULL,
	"policyholder_id" bigint NOT NULL,
	"household_id" bigint,
	"policy_id" bigint,
	"hospital_name" text NOT NULL,
	"hospital_level" integer,
	"hospital_county_code" text NOT NULL,
	"admission_date" date NOT NULL,
	"discharge_date" date NOT NULL,
	"service_date" date NOT NULL,
	"diagnosis_code" text NOT NULL,
	"total_fen" bigint NOT NULL,
	"in_policy_fen" bigint NOT NULL,
	"basic_paid_fen" bigint,
	"care_grade" integer,
	"care_form" text,
	"care_days" integer,
	"reject_reason_code" text,
	"note" text,
	"submitted_by" integer,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" integer,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"second_approved_by" integer,
	"settled_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"corrects_claim_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "claims_kind_check" CHECK ("claims"."kind" in ('INPATIENT', 'LONG_TERM_CARE')),
	CONSTRAINT "claims_status_check" CHECK ("claims"."status" in ('SUBMITTED', 'IN_REVIEW', 'APPROVED', 'SETTLED', 'PAID', 'REJECTED', 'REVERSED')),
	CONSTRAINT "claims_channel_check" CHECK ("claims"."channel" in ('HOSPITAL', 'SERVICE_POINT', 'COUNTER')),
	CONSTRAINT "claims_care_form_check" CHECK ("claims"."care_form" is null or "claims"."care_form" in ('INSTITUTIONAL', 'HOME')),
	CONSTRAINT "claims_amounts_check" CHECK ("claims"."total_fen" >= 0 and "claims"."in_policy_fen" >= 0 and "claims"."in_policy_fen" <= "claims"."total_fen"
          and ("claims"."basic_paid_fen" is null or ("claims"."basic_paid_fen" >= 0 and "claims"."basic_paid_fen" <= "claims"."in_policy_fen"))),
	CONSTRAINT "claims_hospital_level_check" CHECK ("claims"."hospital_level" is null or "claims"."hospital_level" between 1 and 3),
	CONSTRAINT "claims_dates_check" CHECK ("claims"."discharge_date" >= "claims"."admission_date"),
	CONSTRAINT "claims_rejection_check" CHECK ("claims"."status" <> 'REJECTED' or "claims"."reject_reason_code" is not null)
);
--> statement-breakpoint
CREATE TABLE "settlement_lines" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "settlement_lines_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"settlement_id" bigint NOT NULL,
	"seq" integer NOT NULL,
	"payer" text NOT NULL,
	"band" integer,
	"base_fen" bigint NOT NULL,
	"rate_bp" integer,
	"amount_fen" bigint NOT NULL,
	"fhir_category" text NOT NULL,
	"text_zh" text NOT NULL,
	"text_en" text NOT NULL,
	CONSTRAINT "settlement_lines_payer_check" CHECK ("settlement_lines"."payer" in ('BASIC', 'CRITICAL_ILLNESS', 'ASSISTANCE', 'PREVENT_POVERTY', 'LONG_TERM_CARE', 'SELF')),
	CONSTRAINT "settlement_lines_rate_check" CHECK ("settlement_lines"."rate_bp" is null or "settlement_lines"."rate_bp" between 0 and 10000)
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "settlements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" text NOT NULL,
	"claim_id" bigint NOT NULL,
	"kind" text DEFAULT 'SETTLEMENT' NOT NULL,
	"reverses_settlement_id" bigint,
	"service_year" integer NOT NULL,
	"basic_fen" bigint NOT NULL,
	"critical_illness_fen" bigint NOT NULL,
	"assistance_fen" bigint NOT NULL,
	"prevent_poverty_fen" bigint NOT NULL,
	"long_term_care_fen" bigint NOT NULL,
	"self_pay_fen" bigint NOT NULL,
	"total_fen" bigint NOT NULL,
	"product_version_ids" jsonb NOT NULL,
	"accumulator_deltas" jsonb NOT NULL,
	"reason" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "settlements_kind_check" CHECK ("settlements"."kind" in ('SETTLEMENT', 'REVERSAL')),
	CONSTRAINT "settlements_amounts_check" CHECK ("settlements"."basic_fen" >= 0 and "settlements"."critical_illness_fen" >= 0 and "settlements"."assistance_fen" >= 0
          and "settlements"."prevent_poverty_fen" >= 0 and "settlements"."long_term_care_fen" >= 0 and "settlements"."self_pay_fen" >= 0
          and "settlements"."basic_fen" + "settlements"."critical_illness_fen" + "settlements"."assistance_fen" + "settlements"."prevent_poverty_fen"
              + "settlements"."long_term_care_fen" + "settlements"."self_pay_fen" = "settlements"."total_fen"),
	CONSTRAINT "settlements_reversal_check" CHECK (("settlements"."kind" = 'REVERSAL') = ("settlements"."reverses_settlement_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "household_year_accumulators" (
	"household_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"self_pay_fen" bigint DEFAULT 0 NOT NULL,
	"poverty_paid_fen" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "household_year_accumulators_pkey" PRIMARY KEY("household_id","year"),
	CONSTRAINT "household_year_accumulators_non_negative_check" CHECK ("household_year_accumulators"."self_pay_fen" >= 0 and "household_year_accumulators"."poverty_paid_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "person_year_accumulators" (
	"policyholder_id" bigint NOT NULL,
	"year" integer NOT NULL,
	"county_code" text NOT NULL,
	"basic_paid_fen" bigint DEFAULT 0 NOT NULL,
	"ci_base_fen" bigint DEFAULT 0 NOT NULL,
	"ci_paid_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_base_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_paid_fen" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_year_accumulators_pkey" PRIMARY KEY("policyholder_id","year"),
	CONSTRAINT "person_year_accumulators_non_negative_check" CHECK ("person_year_accumulators"."basic_paid_fen" >= 0 and "person_year_accumulators"."ci_base_fen" >= 0 and "person_year_accumulators"."ci_paid_fen" >= 0
          and "person_year_accumulators"."assistance_base_fen" >= 0 and "person_year_accumulators"."assistance_paid_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "portfolio_rollups" (
	"year" integer NOT NULL,
	"product_id" integer NOT NULL,
	"village_code" text NOT NULL,
	"county_code" text NOT NULL,
	"insured_count" integer DEFAULT 0 NOT NULL,
	"insured_by_category" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"premium_due_fen" bigint DEFAULT 0 NOT NULL,
	"premium_received_fen" bigint DEFAULT 0 NOT NULL,
	"claim_count" integer DEFAULT 0 NOT NULL,
	"persons_paid" integer DEFAULT 0 NOT NULL,
	"claims_waiting" integer DEFAULT 0 NOT NULL,
	"basic_paid_fen" bigint DEFAULT 0 NOT NULL,
	"critical_illness_paid_fen" bigint DEFAULT 0 NOT NULL,
	"assistance_paid_fen" bigint DEFAULT 0 NOT NULL,
	"prevent_poverty_paid_fen" bigint DEFAULT 0 NOT NULL,
	"long_term_care_paid_fen" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portfolio_rollups_pkey" PRIMARY KEY("year","product_id","village_code"),
	CONSTRAINT "portfolio_rollups_non_negative_check" CHECK ("portfolio_rollups"."insured_count" >= 0 and "portfolio_rollups"."claim_count" >= 0 and "portfolio_rollups"."premium_due_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_username" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"county_code" text,
	"reason" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_points" ADD CONSTRAINT "service_points_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_periods" ADD CONSTRAINT "category_periods_policyholder_id_policyholders_id_fk" FOREIGN KEY ("policyholder_id") REFERENCES "public"."policyholders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policyholders" ADD CONSTRAINT "policyholders_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policyholders" ADD CONSTRAINT "policyholders_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policyholders" ADD CONSTRAINT "policyholders_service_point_id_service_points_id_fk" FOREIGN KEY ("service_point_id") REFERENCES "public"."service_points"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_versions" ADD CONSTRAINT "product_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_product_version_id_product_versions_id_fk" FOREIGN KEY ("product_version_id") REFERENCES "public"."product_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_policyholder_id_policyholders_id_fk" FOREIGN KEY ("policyholder_id") REFERENCES "public"."policyholders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policies" ADD CONSTRAINT "policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_policyholder_id_policyholders_id_fk" FOREIGN KEY ("policyholder_id") REFERENCES "public"."policyholders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_second_approved_by_users_id_fk" FOREIGN KEY ("second_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_corrects_claim_id_claims_id_fk" FOREIGN KEY ("corrects_claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlement_lines" ADD CONSTRAINT "settlement_lines_settlement_id_settlements_id_fk" FOREIGN KEY ("settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_claim_id_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_reverses_settlement_id_settlements_id_fk" FOREIGN KEY ("reverses_settlement_id") REFERENCES "public"."settlements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_year_accumulators" ADD CONSTRAINT "household_year_accumulators_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_year_accumulators" ADD CONSTRAINT "person_year_accumulators_policyholder_id_policyholders_id_fk" FOREIGN KEY ("policyholder_id") REFERENCES "public"."policyholders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_rollups" ADD CONSTRAINT "portfolio_rollups_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code","code");--> statement-breakpoint
CREATE INDEX "regions_county_level_idx" ON "regions" USING btree ("county_code","level","code");--> statement-breakpoint
CREATE INDEX "service_points_county_idx" ON "service_points" USING btree ("county_code","id");--> statement-breakpoint
CREATE INDEX "service_points_region_idx" ON "service_points" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE UNIQUE INDEX "category_periods_person_from_key" ON "category_periods" USING btree ("policyholder_id","valid_from");--> statement-breakpoint
CREATE INDEX "category_periods_county_category_idx" ON "category_periods" USING btree ("county_code","category","policyholder_id");--> statement-breakpoint
CREATE INDEX "households_county_idx" ON "households" USING btree ("county_code","id");--> statement-breakpoint
CREATE UNIQUE INDEX "households_county_no_key" ON "households" USING btree ("county_code","household_no");--> statement-breakpoint
CREATE INDEX "households_village_idx" ON "households" USING btree ("county_code","village_code");--> statement-breakpoint
CREATE UNIQUE INDEX "policyholders_id_number_key" ON "policyholders" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "policyholders_county_idx" ON "policyholders" USING btree ("county_code","id");--> statement-breakpoint
CREATE INDEX "policyholders_county_name_idx" ON "policyholders" USING btree ("county_code","name");--> statement-breakpoint
CREATE INDEX "policyholders_county_village_idx" ON "policyholders" USING btree ("county_code","village_code","id");--> statement-breakpoint
CREATE INDEX "policyholders_household_idx" ON "policyholders" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_versions_product_no_key" ON "product_versions" USING btree ("product_id","version_no");--> statement-breakpoint
CREATE INDEX "product_versions_in_force_idx" ON "product_versions" USING btree ("product_id","status","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "products_code_key" ON "products" USING btree ("code");--> statement-breakpoint
CREATE INDEX "products_kind_idx" ON "products" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "products_county_codes_idx" ON "products" USING gin ("county_codes");--> statement-breakpoint
CREATE INDEX "policies_county_idx" ON "policies" USING btree ("county_code","id");--> statement-breakpoint
CREATE INDEX "policies_county_year_product_idx" ON "policies" USING btree ("county_code","coverage_year","product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_person_key" ON "policies" USING btree ("product_id","coverage_year","policyholder_id");--> statement-breakpoint
CREATE UNIQUE INDEX "policies_household_key" ON "policies" USING btree ("product_id","coverage_year","household_id");--> statement-breakpoint
CREATE INDEX "policies_policyholder_idx" ON "policies" USING btree ("policyholder_id");--> statement-breakpoint
CREATE INDEX "policies_household_idx" ON "policies" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_hospital_external_no_key" ON "claims" USING btree ("hospital_county_code","hospital_name","external_no");--> statement-breakpoint
CREATE INDEX "claims_county_idx" ON "claims" USING btree ("county_code","id");--> statement-breakpoint
CREATE INDEX "claims_review_queue_idx" ON "claims" USING btree ("county_code","status","priority","submitted_at");--> statement-breakpoint
CREATE INDEX "claims_policyholder_idx" ON "claims" USING btree ("policyholder_id","service_date");--> statement-breakpoint
CREATE UNIQUE INDEX "settlement_lines_settlement_seq_key" ON "settlement_lines" USING btree ("settlement_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "settlements_claim_kind_key" ON "settlements" USING btree ("claim_id","kind");--> statement-breakpoint
CREATE INDEX "settlements_county_idx" ON "settlements" USING btree ("county_code","service_year","id");--> statement-breakpoint
CREATE INDEX "household_year_accumulators_county_idx" ON "household_year_accumulators" USING btree ("county_code","year");--> statement-breakpoint
CREATE INDEX "person_year_accumulators_county_idx" ON "person_year_accumulators" USING btree ("county_code","year");--> statement-breakpoint
CREATE INDEX "portfolio_rollups_county_idx" ON "portfolio_rollups" USING btree ("county_code","year","product_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_county_idx" ON "audit_log" USING btree ("county_code","id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");