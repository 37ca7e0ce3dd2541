import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_exercises_body_areas" AS ENUM('hips', 'lower-back', 'core', 'glutes', 'shoulders', 'neck', 'spine', 'pelvic-floor', 'knees', 'feet-ankles', 'full-body');
  CREATE TYPE "public"."enum_exercises_equipment" AS ENUM('small-ball', 'mat', 'none', 'wall', 'chair', 'resistance-band');
  CREATE TYPE "public"."enum_exercises_primary_muscles" AS ENUM('hip-flexors', 'glute-max', 'glute-med', 'adductors', 'hamstrings', 'quadriceps', 'calves', 'transverse-abdominis', 'rectus-abdominis', 'obliques', 'erector-spinae', 'multifidus', 'quadratus-lumborum', 'pelvic-floor', 'diaphragm', 'latissimus-dorsi', 'rhomboids', 'trapezius', 'rotator-cuff', 'deltoids', 'pectorals', 'neck-flexors');
  CREATE TYPE "public"."enum_exercises_secondary_muscles" AS ENUM('hip-flexors', 'glute-max', 'glute-med', 'adductors', 'hamstrings', 'quadriceps', 'calves', 'transverse-abdominis', 'rectus-abdominis', 'obliques', 'erector-spinae', 'multifidus', 'quadratus-lumborum', 'pelvic-floor', 'diaphragm', 'latissimus-dorsi', 'rhomboids', 'trapezius', 'rotator-cuff', 'deltoids', 'pectorals', 'neck-flexors');
  CREATE TYPE "public"."enum_exercises_variations_kind" AS ENUM('modification', 'progression');
  CREATE TYPE "public"."enum_exercises_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_exercises_position" AS ENUM('lying', 'prone', 'side-lying', 'seated', 'kneeling', 'all-fours', 'standing');
  CREATE TYPE "public"."enum_exercises_category" AS ENUM('mobility', 'stretch', 'strength', 'stability', 'breathwork', 'release');
  CREATE TYPE "public"."enum_exercises_mechanic" AS ENUM('isolation', 'compound');
  CREATE TYPE "public"."enum_exercises_force" AS ENUM('push', 'pull', 'static', 'dynamic');
  CREATE TYPE "public"."enum_exercises_dose_mode" AS ENUM('reps', 'hold');
  CREATE TYPE "public"."enum_exercises_video_source" AS ENUM('none', 'upload', 'external');
  CREATE TYPE "public"."enum_exercises_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__exercises_v_version_body_areas" AS ENUM('hips', 'lower-back', 'core', 'glutes', 'shoulders', 'neck', 'spine', 'pelvic-floor', 'knees', 'feet-ankles', 'full-body');
  CREATE TYPE "public"."enum__exercises_v_version_equipment" AS ENUM('small-ball', 'mat', 'none', 'wall', 'chair', 'resistance-band');
  CREATE TYPE "public"."enum__exercises_v_version_primary_muscles" AS ENUM('hip-flexors', 'glute-max', 'glute-med', 'adductors', 'hamstrings', 'quadriceps', 'calves', 'transverse-abdominis', 'rectus-abdominis', 'obliques', 'erector-spinae', 'multifidus', 'quadratus-lumborum', 'pelvic-floor', 'diaphragm', 'latissimus-dorsi', 'rhomboids', 'trapezius', 'rotator-cuff', 'deltoids', 'pectorals', 'neck-flexors');
  CREATE TYPE "public"."enum__exercises_v_version_secondary_muscles" AS ENUM('hip-flexors', 'glute-max', 'glute-med', 'adductors', 'hamstrings', 'quadriceps', 'calves', 'transverse-abdominis', 'rectus-abdominis', 'obliques', 'erector-spinae', 'multifidus', 'quadratus-lumborum', 'pelvic-floor', 'diaphragm', 'latissimus-dorsi', 'rhomboids', 'trapezius', 'rotator-cuff', 'deltoids', 'pectorals', 'neck-flexors');
  CREATE TYPE "public"."enum__exercises_v_version_variations_kind" AS ENUM('modification', 'progression');
  CREATE TYPE "public"."enum__exercises_v_version_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__exercises_v_version_position" AS ENUM('lying', 'prone', 'side-lying', 'seated', 'kneeling', 'all-fours', 'standing');
  CREATE TYPE "public"."enum__exercises_v_version_category" AS ENUM('mobility', 'stretch', 'strength', 'stability', 'breathwork', 'release');
  CREATE TYPE "public"."enum__exercises_v_version_mechanic" AS ENUM('isolation', 'compound');
  CREATE TYPE "public"."enum__exercises_v_version_force" AS ENUM('push', 'pull', 'static', 'dynamic');
  CREATE TYPE "public"."enum__exercises_v_version_dose_mode" AS ENUM('reps', 'hold');
  CREATE TYPE "public"."enum__exercises_v_version_video_source" AS ENUM('none', 'upload', 'external');
  CREATE TYPE "public"."enum__exercises_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_classes_equipment" AS ENUM('small-ball', 'mat', 'none', 'wall', 'chair', 'resistance-band');
  CREATE TYPE "public"."enum_classes_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_classes_format" AS ENUM('studio', 'live-online', 'on-demand');
  CREATE TYPE "public"."enum_classes_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__classes_v_version_equipment" AS ENUM('small-ball', 'mat', 'none', 'wall', 'chair', 'resistance-band');
  CREATE TYPE "public"."enum__classes_v_version_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__classes_v_version_format" AS ENUM('studio', 'live-online', 'on-demand');
  CREATE TYPE "public"."enum__classes_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_offerings_kind" AS ENUM('membership', 'class-pack', 'intro-offer', 'on-demand-program', 'equipment');
  CREATE TYPE "public"."enum_offerings_price_billing_period" AS ENUM('one-time', 'week', 'month', 'year');
  CREATE TYPE "public"."enum_offerings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__offerings_v_version_kind" AS ENUM('membership', 'class-pack', 'intro-offer', 'on-demand-program', 'equipment');
  CREATE TYPE "public"."enum__offerings_v_version_price_billing_period" AS ENUM('one-time', 'week', 'month', 'year');
  CREATE TYPE "public"."enum__offerings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_locations_opening_hours_day" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_studio_social_links_platform" AS ENUM('instagram', 'facebook', 'youtube', 'tiktok', 'pinterest', 'linkedin');
  CREATE TYPE "public"."enum_studio_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__studio_v_version_social_links_platform" AS ENUM('instagram', 'facebook', 'youtube', 'tiktok', 'pinterest', 'linkedin');
  CREATE TYPE "public"."enum__studio_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_header_nav_items_link_type" AS ENUM('internal', 'custom');
  CREATE TYPE "public"."enum_footer_columns_links_link_type" AS ENUM('internal', 'custom');
  CREATE TABLE "articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"excerpt" varchar,
  	"hero_image_id" integer,
  	"content" jsonb,
  	"slug" varchar,
  	"author_id" integer,
  	"author_name" varchar,
  	"published_at" timestamp(3) with time zone,
  	"reading_time_minutes" numeric,
  	"featured" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exercises_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_excerpt" varchar,
  	"version_hero_image_id" integer,
  	"version_content" jsonb,
  	"version_slug" varchar,
  	"version_author_id" integer,
  	"version_author_name" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_reading_time_minutes" numeric,
  	"version_featured" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"exercises_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "exercises_body_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_exercises_body_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "exercises_equipment" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_exercises_equipment",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "exercises_primary_muscles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_exercises_primary_muscles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "exercises_secondary_muscles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_exercises_secondary_muscles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "exercises_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"instruction" varchar
  );
  
  CREATE TABLE "exercises_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"cue" varchar
  );
  
  CREATE TABLE "exercises_variations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_exercises_variations_kind" DEFAULT 'modification',
  	"name" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "exercises_cautions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"caution" varchar
  );
  
  CREATE TABLE "exercises" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"summary" varchar,
  	"level" "enum_exercises_level" DEFAULT 'beginner',
  	"position" "enum_exercises_position",
  	"category" "enum_exercises_category" DEFAULT 'mobility',
  	"mechanic" "enum_exercises_mechanic",
  	"force" "enum_exercises_force",
  	"duration_minutes" numeric DEFAULT 3,
  	"dose_mode" "enum_exercises_dose_mode" DEFAULT 'reps',
  	"dose_reps" numeric,
  	"dose_hold_seconds" numeric,
  	"dose_sets" numeric DEFAULT 1,
  	"dose_per_side" boolean DEFAULT false,
  	"breath_inhale" varchar,
  	"breath_exhale" varchar,
  	"video_source" "enum_exercises_video_source" DEFAULT 'none',
  	"video_file_id" integer,
  	"video_url" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_exercises_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "exercises_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "exercises_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "_exercises_v_version_body_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__exercises_v_version_body_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_exercises_v_version_equipment" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__exercises_v_version_equipment",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_exercises_v_version_primary_muscles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__exercises_v_version_primary_muscles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_exercises_v_version_secondary_muscles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__exercises_v_version_secondary_muscles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_exercises_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"instruction" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exercises_v_version_cues" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"cue" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exercises_v_version_variations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__exercises_v_version_variations_kind" DEFAULT 'modification',
  	"name" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exercises_v_version_cautions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"caution" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_exercises_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_level" "enum__exercises_v_version_level" DEFAULT 'beginner',
  	"version_position" "enum__exercises_v_version_position",
  	"version_category" "enum__exercises_v_version_category" DEFAULT 'mobility',
  	"version_mechanic" "enum__exercises_v_version_mechanic",
  	"version_force" "enum__exercises_v_version_force",
  	"version_duration_minutes" numeric DEFAULT 3,
  	"version_dose_mode" "enum__exercises_v_version_dose_mode" DEFAULT 'reps',
  	"version_dose_reps" numeric,
  	"version_dose_hold_seconds" numeric,
  	"version_dose_sets" numeric DEFAULT 1,
  	"version_dose_per_side" boolean DEFAULT false,
  	"version_breath_inhale" varchar,
  	"version_breath_exhale" varchar,
  	"version_video_source" "enum__exercises_v_version_video_source" DEFAULT 'none',
  	"version_video_file_id" integer,
  	"version_video_url" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__exercises_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_exercises_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_exercises_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"articles_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "classes_equipment" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_classes_equipment",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "classes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"description" varchar,
  	"level" "enum_classes_level",
  	"duration_minutes" numeric DEFAULT 50,
  	"format" "enum_classes_format",
  	"booking_url" varchar,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_classes_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "classes_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"instructors_id" integer,
  	"locations_id" integer
  );
  
  CREATE TABLE "_classes_v_version_equipment" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__classes_v_version_equipment",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_classes_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_level" "enum__classes_v_version_level",
  	"version_duration_minutes" numeric DEFAULT 50,
  	"version_format" "enum__classes_v_version_format",
  	"version_booking_url" varchar,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__classes_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_classes_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"instructors_id" integer,
  	"locations_id" integer
  );
  
  CREATE TABLE "offerings_included" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "offerings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"kind" "enum_offerings_kind",
  	"short_description" varchar,
  	"price_amount" numeric,
  	"price_currency" varchar DEFAULT 'USD',
  	"price_billing_period" "enum_offerings_price_billing_period" DEFAULT 'one-time',
  	"image_id" integer,
  	"checkout_url" varchar,
  	"slug" varchar,
  	"featured" boolean DEFAULT false,
  	"sort_order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_offerings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_offerings_v_version_included" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_offerings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_kind" "enum__offerings_v_version_kind",
  	"version_short_description" varchar,
  	"version_price_amount" numeric,
  	"version_price_currency" varchar DEFAULT 'USD',
  	"version_price_billing_period" "enum__offerings_v_version_price_billing_period" DEFAULT 'one-time',
  	"version_image_id" integer,
  	"version_checkout_url" varchar,
  	"version_slug" varchar,
  	"version_featured" boolean DEFAULT false,
  	"version_sort_order" numeric DEFAULT 100,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__offerings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "locations_opening_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"day" "enum_locations_opening_hours_day" NOT NULL,
  	"opens" varchar NOT NULL,
  	"closes" varchar NOT NULL
  );
  
  CREATE TABLE "locations_special_closures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"note" varchar NOT NULL
  );
  
  CREATE TABLE "locations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"description" varchar,
  	"image_id" integer,
  	"address_street" varchar NOT NULL,
  	"address_city" varchar NOT NULL,
  	"address_region" varchar,
  	"address_postal_code" varchar,
  	"address_country" varchar DEFAULT 'United States' NOT NULL,
  	"geo_latitude" numeric,
  	"geo_longitude" numeric,
  	"phone" varchar,
  	"email" varchar,
  	"time_zone" varchar DEFAULT 'America/New_York' NOT NULL,
  	"booking_url" varchar,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instructors" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"photo_id" integer,
  	"bio" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "instructors_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "instructors_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locations_id" integer
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "studio_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"platform" "enum_studio_social_links_platform",
  	"url" varchar
  );
  
  CREATE TABLE "_studio_v_version_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"platform" "enum__studio_v_version_social_links_platform",
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_studio_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_name" varchar DEFAULT 'B The Method',
  	"version_tagline" varchar DEFAULT 'Low-impact mobility with a small ball, your breath and full attention.',
  	"version_mission" varchar,
  	"version_about_the_method" varchar,
  	"version_contact_email" varchar,
  	"version_contact_phone" varchar,
  	"version_booking_url" varchar,
  	"version_default_seo_image_id" integer,
  	"version__status" "enum__studio_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "header_nav_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_header_nav_items_link_type" DEFAULT 'custom',
  	"link_new_tab" boolean,
  	"link_label" varchar NOT NULL,
  	"link_url" varchar
  );
  
  CREATE TABLE "header" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "header_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"exercises_id" integer,
  	"classes_id" integer,
  	"offerings_id" integer,
  	"locations_id" integer,
  	"instructors_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "footer_columns_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"link_type" "enum_footer_columns_links_link_type" DEFAULT 'custom',
  	"link_new_tab" boolean,
  	"link_label" varchar NOT NULL,
  	"link_url" varchar
  );
  
  CREATE TABLE "footer_columns" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL
  );
  
  CREATE TABLE "footer" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"newsletter_blurb" varchar,
  	"newsletter_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "footer_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"exercises_id" integer,
  	"classes_id" integer,
  	"offerings_id" integer,
  	"locations_id" integer,
  	"instructors_id" integer,
  	"topics_id" integer
  );
  
  ALTER TABLE "studio" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "exercises_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "classes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "offerings_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "locations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instructors_id" integer;
  ALTER TABLE "studio" ADD COLUMN "mission" varchar;
  ALTER TABLE "studio" ADD COLUMN "about_the_method" varchar;
  ALTER TABLE "studio" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "studio" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "studio" ADD COLUMN "booking_url" varchar;
  ALTER TABLE "studio" ADD COLUMN "default_seo_image_id" integer;
  ALTER TABLE "studio" ADD COLUMN "_status" "enum_studio_status" DEFAULT 'draft';
  ALTER TABLE "articles" ADD CONSTRAINT "articles_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "articles_rels" ADD CONSTRAINT "articles_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_parent_id_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_author_id_users_id_fk" FOREIGN KEY ("version_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_rels" ADD CONSTRAINT "_articles_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_body_areas" ADD CONSTRAINT "exercises_body_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_equipment" ADD CONSTRAINT "exercises_equipment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_primary_muscles" ADD CONSTRAINT "exercises_primary_muscles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_secondary_muscles" ADD CONSTRAINT "exercises_secondary_muscles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_steps" ADD CONSTRAINT "exercises_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_cues" ADD CONSTRAINT "exercises_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_variations" ADD CONSTRAINT "exercises_variations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_cautions" ADD CONSTRAINT "exercises_cautions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises" ADD CONSTRAINT "exercises_video_file_id_media_id_fk" FOREIGN KEY ("video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exercises_texts" ADD CONSTRAINT "exercises_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_rels" ADD CONSTRAINT "exercises_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_rels" ADD CONSTRAINT "exercises_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "exercises_rels" ADD CONSTRAINT "exercises_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_body_areas" ADD CONSTRAINT "_exercises_v_version_body_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_equipment" ADD CONSTRAINT "_exercises_v_version_equipment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_primary_muscles" ADD CONSTRAINT "_exercises_v_version_primary_muscles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_secondary_muscles" ADD CONSTRAINT "_exercises_v_version_secondary_muscles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_steps" ADD CONSTRAINT "_exercises_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_cues" ADD CONSTRAINT "_exercises_v_version_cues_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_variations" ADD CONSTRAINT "_exercises_v_version_variations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_version_cautions" ADD CONSTRAINT "_exercises_v_version_cautions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v" ADD CONSTRAINT "_exercises_v_parent_id_exercises_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."exercises"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exercises_v" ADD CONSTRAINT "_exercises_v_version_video_file_id_media_id_fk" FOREIGN KEY ("version_video_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exercises_v_texts" ADD CONSTRAINT "_exercises_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_rels" ADD CONSTRAINT "_exercises_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_exercises_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_rels" ADD CONSTRAINT "_exercises_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_exercises_v_rels" ADD CONSTRAINT "_exercises_v_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "classes_equipment" ADD CONSTRAINT "classes_equipment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "classes_rels" ADD CONSTRAINT "classes_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "classes_rels" ADD CONSTRAINT "classes_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "classes_rels" ADD CONSTRAINT "classes_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_classes_v_version_equipment" ADD CONSTRAINT "_classes_v_version_equipment_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_classes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_classes_v" ADD CONSTRAINT "_classes_v_parent_id_classes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."classes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_classes_v_rels" ADD CONSTRAINT "_classes_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_classes_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_classes_v_rels" ADD CONSTRAINT "_classes_v_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_classes_v_rels" ADD CONSTRAINT "_classes_v_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offerings_included" ADD CONSTRAINT "offerings_included_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "offerings" ADD CONSTRAINT "offerings_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offerings_v_version_included" ADD CONSTRAINT "_offerings_v_version_included_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_offerings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_offerings_v" ADD CONSTRAINT "_offerings_v_parent_id_offerings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offerings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_offerings_v" ADD CONSTRAINT "_offerings_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "locations_opening_hours" ADD CONSTRAINT "locations_opening_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locations_special_closures" ADD CONSTRAINT "locations_special_closures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "locations" ADD CONSTRAINT "locations_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instructors" ADD CONSTRAINT "instructors_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instructors_texts" ADD CONSTRAINT "instructors_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instructors_rels" ADD CONSTRAINT "instructors_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "instructors_rels" ADD CONSTRAINT "instructors_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "studio_social_links" ADD CONSTRAINT "studio_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."studio"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_studio_v_version_social_links" ADD CONSTRAINT "_studio_v_version_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_studio_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_studio_v" ADD CONSTRAINT "_studio_v_version_default_seo_image_id_media_id_fk" FOREIGN KEY ("version_default_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "header_nav_items" ADD CONSTRAINT "header_nav_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."header"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_classes_fk" FOREIGN KEY ("classes_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_offerings_fk" FOREIGN KEY ("offerings_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns_links" ADD CONSTRAINT "footer_columns_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer_columns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_columns" ADD CONSTRAINT "footer_columns_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."footer"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_classes_fk" FOREIGN KEY ("classes_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_offerings_fk" FOREIGN KEY ("offerings_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_hero_image_idx" ON "articles" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_author_idx" ON "articles" USING btree ("author_id");
  CREATE INDEX "articles_published_at_idx" ON "articles" USING btree ("published_at");
  CREATE INDEX "articles_featured_idx" ON "articles" USING btree ("featured");
  CREATE INDEX "articles_updated_at_idx" ON "articles" USING btree ("updated_at");
  CREATE INDEX "articles_created_at_idx" ON "articles" USING btree ("created_at");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "articles_rels_order_idx" ON "articles_rels" USING btree ("order");
  CREATE INDEX "articles_rels_parent_idx" ON "articles_rels" USING btree ("parent_id");
  CREATE INDEX "articles_rels_path_idx" ON "articles_rels" USING btree ("path");
  CREATE INDEX "articles_rels_exercises_id_idx" ON "articles_rels" USING btree ("exercises_id");
  CREATE INDEX "articles_rels_topics_id_idx" ON "articles_rels" USING btree ("topics_id");
  CREATE INDEX "_articles_v_parent_idx" ON "_articles_v" USING btree ("parent_id");
  CREATE INDEX "_articles_v_version_version_hero_image_idx" ON "_articles_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_version_author_idx" ON "_articles_v" USING btree ("version_author_id");
  CREATE INDEX "_articles_v_version_version_published_at_idx" ON "_articles_v" USING btree ("version_published_at");
  CREATE INDEX "_articles_v_version_version_featured_idx" ON "_articles_v" USING btree ("version_featured");
  CREATE INDEX "_articles_v_version_version_updated_at_idx" ON "_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_articles_v_version_version_created_at_idx" ON "_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE INDEX "_articles_v_created_at_idx" ON "_articles_v" USING btree ("created_at");
  CREATE INDEX "_articles_v_updated_at_idx" ON "_articles_v" USING btree ("updated_at");
  CREATE INDEX "_articles_v_latest_idx" ON "_articles_v" USING btree ("latest");
  CREATE INDEX "_articles_v_autosave_idx" ON "_articles_v" USING btree ("autosave");
  CREATE INDEX "_articles_v_rels_order_idx" ON "_articles_v_rels" USING btree ("order");
  CREATE INDEX "_articles_v_rels_parent_idx" ON "_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_articles_v_rels_path_idx" ON "_articles_v_rels" USING btree ("path");
  CREATE INDEX "_articles_v_rels_exercises_id_idx" ON "_articles_v_rels" USING btree ("exercises_id");
  CREATE INDEX "_articles_v_rels_topics_id_idx" ON "_articles_v_rels" USING btree ("topics_id");
  CREATE INDEX "exercises_body_areas_order_idx" ON "exercises_body_areas" USING btree ("order");
  CREATE INDEX "exercises_body_areas_parent_idx" ON "exercises_body_areas" USING btree ("parent_id");
  CREATE INDEX "exercises_equipment_order_idx" ON "exercises_equipment" USING btree ("order");
  CREATE INDEX "exercises_equipment_parent_idx" ON "exercises_equipment" USING btree ("parent_id");
  CREATE INDEX "exercises_primary_muscles_order_idx" ON "exercises_primary_muscles" USING btree ("order");
  CREATE INDEX "exercises_primary_muscles_parent_idx" ON "exercises_primary_muscles" USING btree ("parent_id");
  CREATE INDEX "exercises_secondary_muscles_order_idx" ON "exercises_secondary_muscles" USING btree ("order");
  CREATE INDEX "exercises_secondary_muscles_parent_idx" ON "exercises_secondary_muscles" USING btree ("parent_id");
  CREATE INDEX "exercises_steps_order_idx" ON "exercises_steps" USING btree ("_order");
  CREATE INDEX "exercises_steps_parent_id_idx" ON "exercises_steps" USING btree ("_parent_id");
  CREATE INDEX "exercises_cues_order_idx" ON "exercises_cues" USING btree ("_order");
  CREATE INDEX "exercises_cues_parent_id_idx" ON "exercises_cues" USING btree ("_parent_id");
  CREATE INDEX "exercises_variations_order_idx" ON "exercises_variations" USING btree ("_order");
  CREATE INDEX "exercises_variations_parent_id_idx" ON "exercises_variations" USING btree ("_parent_id");
  CREATE INDEX "exercises_cautions_order_idx" ON "exercises_cautions" USING btree ("_order");
  CREATE INDEX "exercises_cautions_parent_id_idx" ON "exercises_cautions" USING btree ("_parent_id");
  CREATE INDEX "exercises_video_video_file_idx" ON "exercises" USING btree ("video_file_id");
  CREATE UNIQUE INDEX "exercises_slug_idx" ON "exercises" USING btree ("slug");
  CREATE INDEX "exercises_updated_at_idx" ON "exercises" USING btree ("updated_at");
  CREATE INDEX "exercises_created_at_idx" ON "exercises" USING btree ("created_at");
  CREATE INDEX "exercises__status_idx" ON "exercises" USING btree ("_status");
  CREATE INDEX "exercises_texts_order_parent" ON "exercises_texts" USING btree ("order","parent_id");
  CREATE INDEX "exercises_rels_order_idx" ON "exercises_rels" USING btree ("order");
  CREATE INDEX "exercises_rels_parent_idx" ON "exercises_rels" USING btree ("parent_id");
  CREATE INDEX "exercises_rels_path_idx" ON "exercises_rels" USING btree ("path");
  CREATE INDEX "exercises_rels_media_id_idx" ON "exercises_rels" USING btree ("media_id");
  CREATE INDEX "exercises_rels_articles_id_idx" ON "exercises_rels" USING btree ("articles_id");
  CREATE INDEX "_exercises_v_version_body_areas_order_idx" ON "_exercises_v_version_body_areas" USING btree ("order");
  CREATE INDEX "_exercises_v_version_body_areas_parent_idx" ON "_exercises_v_version_body_areas" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_version_equipment_order_idx" ON "_exercises_v_version_equipment" USING btree ("order");
  CREATE INDEX "_exercises_v_version_equipment_parent_idx" ON "_exercises_v_version_equipment" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_version_primary_muscles_order_idx" ON "_exercises_v_version_primary_muscles" USING btree ("order");
  CREATE INDEX "_exercises_v_version_primary_muscles_parent_idx" ON "_exercises_v_version_primary_muscles" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_version_secondary_muscles_order_idx" ON "_exercises_v_version_secondary_muscles" USING btree ("order");
  CREATE INDEX "_exercises_v_version_secondary_muscles_parent_idx" ON "_exercises_v_version_secondary_muscles" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_version_steps_order_idx" ON "_exercises_v_version_steps" USING btree ("_order");
  CREATE INDEX "_exercises_v_version_steps_parent_id_idx" ON "_exercises_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_exercises_v_version_cues_order_idx" ON "_exercises_v_version_cues" USING btree ("_order");
  CREATE INDEX "_exercises_v_version_cues_parent_id_idx" ON "_exercises_v_version_cues" USING btree ("_parent_id");
  CREATE INDEX "_exercises_v_version_variations_order_idx" ON "_exercises_v_version_variations" USING btree ("_order");
  CREATE INDEX "_exercises_v_version_variations_parent_id_idx" ON "_exercises_v_version_variations" USING btree ("_parent_id");
  CREATE INDEX "_exercises_v_version_cautions_order_idx" ON "_exercises_v_version_cautions" USING btree ("_order");
  CREATE INDEX "_exercises_v_version_cautions_parent_id_idx" ON "_exercises_v_version_cautions" USING btree ("_parent_id");
  CREATE INDEX "_exercises_v_parent_idx" ON "_exercises_v" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_version_video_version_video_file_idx" ON "_exercises_v" USING btree ("version_video_file_id");
  CREATE INDEX "_exercises_v_version_version_slug_idx" ON "_exercises_v" USING btree ("version_slug");
  CREATE INDEX "_exercises_v_version_version_updated_at_idx" ON "_exercises_v" USING btree ("version_updated_at");
  CREATE INDEX "_exercises_v_version_version_created_at_idx" ON "_exercises_v" USING btree ("version_created_at");
  CREATE INDEX "_exercises_v_version_version__status_idx" ON "_exercises_v" USING btree ("version__status");
  CREATE INDEX "_exercises_v_created_at_idx" ON "_exercises_v" USING btree ("created_at");
  CREATE INDEX "_exercises_v_updated_at_idx" ON "_exercises_v" USING btree ("updated_at");
  CREATE INDEX "_exercises_v_latest_idx" ON "_exercises_v" USING btree ("latest");
  CREATE INDEX "_exercises_v_autosave_idx" ON "_exercises_v" USING btree ("autosave");
  CREATE INDEX "_exercises_v_texts_order_parent" ON "_exercises_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_exercises_v_rels_order_idx" ON "_exercises_v_rels" USING btree ("order");
  CREATE INDEX "_exercises_v_rels_parent_idx" ON "_exercises_v_rels" USING btree ("parent_id");
  CREATE INDEX "_exercises_v_rels_path_idx" ON "_exercises_v_rels" USING btree ("path");
  CREATE INDEX "_exercises_v_rels_media_id_idx" ON "_exercises_v_rels" USING btree ("media_id");
  CREATE INDEX "_exercises_v_rels_articles_id_idx" ON "_exercises_v_rels" USING btree ("articles_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "classes_equipment_order_idx" ON "classes_equipment" USING btree ("order");
  CREATE INDEX "classes_equipment_parent_idx" ON "classes_equipment" USING btree ("parent_id");
  CREATE UNIQUE INDEX "classes_slug_idx" ON "classes" USING btree ("slug");
  CREATE INDEX "classes_updated_at_idx" ON "classes" USING btree ("updated_at");
  CREATE INDEX "classes_created_at_idx" ON "classes" USING btree ("created_at");
  CREATE INDEX "classes__status_idx" ON "classes" USING btree ("_status");
  CREATE INDEX "classes_rels_order_idx" ON "classes_rels" USING btree ("order");
  CREATE INDEX "classes_rels_parent_idx" ON "classes_rels" USING btree ("parent_id");
  CREATE INDEX "classes_rels_path_idx" ON "classes_rels" USING btree ("path");
  CREATE INDEX "classes_rels_instructors_id_idx" ON "classes_rels" USING btree ("instructors_id");
  CREATE INDEX "classes_rels_locations_id_idx" ON "classes_rels" USING btree ("locations_id");
  CREATE INDEX "_classes_v_version_equipment_order_idx" ON "_classes_v_version_equipment" USING btree ("order");
  CREATE INDEX "_classes_v_version_equipment_parent_idx" ON "_classes_v_version_equipment" USING btree ("parent_id");
  CREATE INDEX "_classes_v_parent_idx" ON "_classes_v" USING btree ("parent_id");
  CREATE INDEX "_classes_v_version_version_slug_idx" ON "_classes_v" USING btree ("version_slug");
  CREATE INDEX "_classes_v_version_version_updated_at_idx" ON "_classes_v" USING btree ("version_updated_at");
  CREATE INDEX "_classes_v_version_version_created_at_idx" ON "_classes_v" USING btree ("version_created_at");
  CREATE INDEX "_classes_v_version_version__status_idx" ON "_classes_v" USING btree ("version__status");
  CREATE INDEX "_classes_v_created_at_idx" ON "_classes_v" USING btree ("created_at");
  CREATE INDEX "_classes_v_updated_at_idx" ON "_classes_v" USING btree ("updated_at");
  CREATE INDEX "_classes_v_latest_idx" ON "_classes_v" USING btree ("latest");
  CREATE INDEX "_classes_v_autosave_idx" ON "_classes_v" USING btree ("autosave");
  CREATE INDEX "_classes_v_rels_order_idx" ON "_classes_v_rels" USING btree ("order");
  CREATE INDEX "_classes_v_rels_parent_idx" ON "_classes_v_rels" USING btree ("parent_id");
  CREATE INDEX "_classes_v_rels_path_idx" ON "_classes_v_rels" USING btree ("path");
  CREATE INDEX "_classes_v_rels_instructors_id_idx" ON "_classes_v_rels" USING btree ("instructors_id");
  CREATE INDEX "_classes_v_rels_locations_id_idx" ON "_classes_v_rels" USING btree ("locations_id");
  CREATE INDEX "offerings_included_order_idx" ON "offerings_included" USING btree ("_order");
  CREATE INDEX "offerings_included_parent_id_idx" ON "offerings_included" USING btree ("_parent_id");
  CREATE INDEX "offerings_image_idx" ON "offerings" USING btree ("image_id");
  CREATE UNIQUE INDEX "offerings_slug_idx" ON "offerings" USING btree ("slug");
  CREATE INDEX "offerings_updated_at_idx" ON "offerings" USING btree ("updated_at");
  CREATE INDEX "offerings_created_at_idx" ON "offerings" USING btree ("created_at");
  CREATE INDEX "offerings__status_idx" ON "offerings" USING btree ("_status");
  CREATE INDEX "_offerings_v_version_included_order_idx" ON "_offerings_v_version_included" USING btree ("_order");
  CREATE INDEX "_offerings_v_version_included_parent_id_idx" ON "_offerings_v_version_included" USING btree ("_parent_id");
  CREATE INDEX "_offerings_v_parent_idx" ON "_offerings_v" USING btree ("parent_id");
  CREATE INDEX "_offerings_v_version_version_image_idx" ON "_offerings_v" USING btree ("version_image_id");
  CREATE INDEX "_offerings_v_version_version_slug_idx" ON "_offerings_v" USING btree ("version_slug");
  CREATE INDEX "_offerings_v_version_version_updated_at_idx" ON "_offerings_v" USING btree ("version_updated_at");
  CREATE INDEX "_offerings_v_version_version_created_at_idx" ON "_offerings_v" USING btree ("version_created_at");
  CREATE INDEX "_offerings_v_version_version__status_idx" ON "_offerings_v" USING btree ("version__status");
  CREATE INDEX "_offerings_v_created_at_idx" ON "_offerings_v" USING btree ("created_at");
  CREATE INDEX "_offerings_v_updated_at_idx" ON "_offerings_v" USING btree ("updated_at");
  CREATE INDEX "_offerings_v_latest_idx" ON "_offerings_v" USING btree ("latest");
  CREATE INDEX "_offerings_v_autosave_idx" ON "_offerings_v" USING btree ("autosave");
  CREATE INDEX "locations_opening_hours_order_idx" ON "locations_opening_hours" USING btree ("_order");
  CREATE INDEX "locations_opening_hours_parent_id_idx" ON "locations_opening_hours" USING btree ("_parent_id");
  CREATE INDEX "locations_special_closures_order_idx" ON "locations_special_closures" USING btree ("_order");
  CREATE INDEX "locations_special_closures_parent_id_idx" ON "locations_special_closures" USING btree ("_parent_id");
  CREATE INDEX "locations_image_idx" ON "locations" USING btree ("image_id");
  CREATE UNIQUE INDEX "locations_slug_idx" ON "locations" USING btree ("slug");
  CREATE INDEX "locations_updated_at_idx" ON "locations" USING btree ("updated_at");
  CREATE INDEX "locations_created_at_idx" ON "locations" USING btree ("created_at");
  CREATE INDEX "instructors_photo_idx" ON "instructors" USING btree ("photo_id");
  CREATE UNIQUE INDEX "instructors_slug_idx" ON "instructors" USING btree ("slug");
  CREATE INDEX "instructors_updated_at_idx" ON "instructors" USING btree ("updated_at");
  CREATE INDEX "instructors_created_at_idx" ON "instructors" USING btree ("created_at");
  CREATE INDEX "instructors_texts_order_parent" ON "instructors_texts" USING btree ("order","parent_id");
  CREATE INDEX "instructors_rels_order_idx" ON "instructors_rels" USING btree ("order");
  CREATE INDEX "instructors_rels_parent_idx" ON "instructors_rels" USING btree ("parent_id");
  CREATE INDEX "instructors_rels_path_idx" ON "instructors_rels" USING btree ("path");
  CREATE INDEX "instructors_rels_locations_id_idx" ON "instructors_rels" USING btree ("locations_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "studio_social_links_order_idx" ON "studio_social_links" USING btree ("_order");
  CREATE INDEX "studio_social_links_parent_id_idx" ON "studio_social_links" USING btree ("_parent_id");
  CREATE INDEX "_studio_v_version_social_links_order_idx" ON "_studio_v_version_social_links" USING btree ("_order");
  CREATE INDEX "_studio_v_version_social_links_parent_id_idx" ON "_studio_v_version_social_links" USING btree ("_parent_id");
  CREATE INDEX "_studio_v_version_version_default_seo_image_idx" ON "_studio_v" USING btree ("version_default_seo_image_id");
  CREATE INDEX "_studio_v_version_version__status_idx" ON "_studio_v" USING btree ("version__status");
  CREATE INDEX "_studio_v_created_at_idx" ON "_studio_v" USING btree ("created_at");
  CREATE INDEX "_studio_v_updated_at_idx" ON "_studio_v" USING btree ("updated_at");
  CREATE INDEX "_studio_v_latest_idx" ON "_studio_v" USING btree ("latest");
  CREATE INDEX "_studio_v_autosave_idx" ON "_studio_v" USING btree ("autosave");
  CREATE INDEX "header_nav_items_order_idx" ON "header_nav_items" USING btree ("_order");
  CREATE INDEX "header_nav_items_parent_id_idx" ON "header_nav_items" USING btree ("_parent_id");
  CREATE INDEX "header_rels_order_idx" ON "header_rels" USING btree ("order");
  CREATE INDEX "header_rels_parent_idx" ON "header_rels" USING btree ("parent_id");
  CREATE INDEX "header_rels_path_idx" ON "header_rels" USING btree ("path");
  CREATE INDEX "header_rels_articles_id_idx" ON "header_rels" USING btree ("articles_id");
  CREATE INDEX "header_rels_exercises_id_idx" ON "header_rels" USING btree ("exercises_id");
  CREATE INDEX "header_rels_classes_id_idx" ON "header_rels" USING btree ("classes_id");
  CREATE INDEX "header_rels_offerings_id_idx" ON "header_rels" USING btree ("offerings_id");
  CREATE INDEX "header_rels_locations_id_idx" ON "header_rels" USING btree ("locations_id");
  CREATE INDEX "header_rels_instructors_id_idx" ON "header_rels" USING btree ("instructors_id");
  CREATE INDEX "header_rels_topics_id_idx" ON "header_rels" USING btree ("topics_id");
  CREATE INDEX "footer_columns_links_order_idx" ON "footer_columns_links" USING btree ("_order");
  CREATE INDEX "footer_columns_links_parent_id_idx" ON "footer_columns_links" USING btree ("_parent_id");
  CREATE INDEX "footer_columns_order_idx" ON "footer_columns" USING btree ("_order");
  CREATE INDEX "footer_columns_parent_id_idx" ON "footer_columns" USING btree ("_parent_id");
  CREATE INDEX "footer_rels_order_idx" ON "footer_rels" USING btree ("order");
  CREATE INDEX "footer_rels_parent_idx" ON "footer_rels" USING btree ("parent_id");
  CREATE INDEX "footer_rels_path_idx" ON "footer_rels" USING btree ("path");
  CREATE INDEX "footer_rels_articles_id_idx" ON "footer_rels" USING btree ("articles_id");
  CREATE INDEX "footer_rels_exercises_id_idx" ON "footer_rels" USING btree ("exercises_id");
  CREATE INDEX "footer_rels_classes_id_idx" ON "footer_rels" USING btree ("classes_id");
  CREATE INDEX "footer_rels_offerings_id_idx" ON "footer_rels" USING btree ("offerings_id");
  CREATE INDEX "footer_rels_locations_id_idx" ON "footer_rels" USING btree ("locations_id");
  CREATE INDEX "footer_rels_instructors_id_idx" ON "footer_rels" USING btree ("instructors_id");
  CREATE INDEX "footer_rels_topics_id_idx" ON "footer_rels" USING btree ("topics_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_classes_fk" FOREIGN KEY ("classes_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_offerings_fk" FOREIGN KEY ("offerings_id") REFERENCES "public"."offerings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "studio" ADD CONSTRAINT "studio_default_seo_image_id_media_id_fk" FOREIGN KEY ("default_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("articles_id");
  CREATE INDEX "payload_locked_documents_rels_exercises_id_idx" ON "payload_locked_documents_rels" USING btree ("exercises_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_classes_id_idx" ON "payload_locked_documents_rels" USING btree ("classes_id");
  CREATE INDEX "payload_locked_documents_rels_offerings_id_idx" ON "payload_locked_documents_rels" USING btree ("offerings_id");
  CREATE INDEX "payload_locked_documents_rels_locations_id_idx" ON "payload_locked_documents_rels" USING btree ("locations_id");
  CREATE INDEX "payload_locked_documents_rels_instructors_id_idx" ON "payload_locked_documents_rels" USING btree ("instructors_id");
  CREATE INDEX "studio_default_seo_image_idx" ON "studio" USING btree ("default_seo_image_id");
  CREATE INDEX "studio__status_idx" ON "studio" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "articles_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_body_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_primary_muscles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_secondary_muscles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_cues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_variations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_cautions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "exercises_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_body_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_primary_muscles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_secondary_muscles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_cues" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_variations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_version_cautions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_exercises_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "classes_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "classes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "classes_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_classes_v_version_equipment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_classes_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_classes_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offerings_included" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "offerings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offerings_v_version_included" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_offerings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "locations_opening_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "locations_special_closures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "locations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instructors" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instructors_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "instructors_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "studio_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_studio_v_version_social_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_studio_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_nav_items" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "header_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_columns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "footer_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles" CASCADE;
  DROP TABLE "articles_rels" CASCADE;
  DROP TABLE "_articles_v" CASCADE;
  DROP TABLE "_articles_v_rels" CASCADE;
  DROP TABLE "exercises_body_areas" CASCADE;
  DROP TABLE "exercises_equipment" CASCADE;
  DROP TABLE "exercises_primary_muscles" CASCADE;
  DROP TABLE "exercises_secondary_muscles" CASCADE;
  DROP TABLE "exercises_steps" CASCADE;
  DROP TABLE "exercises_cues" CASCADE;
  DROP TABLE "exercises_variations" CASCADE;
  DROP TABLE "exercises_cautions" CASCADE;
  DROP TABLE "exercises" CASCADE;
  DROP TABLE "exercises_texts" CASCADE;
  DROP TABLE "exercises_rels" CASCADE;
  DROP TABLE "_exercises_v_version_body_areas" CASCADE;
  DROP TABLE "_exercises_v_version_equipment" CASCADE;
  DROP TABLE "_exercises_v_version_primary_muscles" CASCADE;
  DROP TABLE "_exercises_v_version_secondary_muscles" CASCADE;
  DROP TABLE "_exercises_v_version_steps" CASCADE;
  DROP TABLE "_exercises_v_version_cues" CASCADE;
  DROP TABLE "_exercises_v_version_variations" CASCADE;
  DROP TABLE "_exercises_v_version_cautions" CASCADE;
  DROP TABLE "_exercises_v" CASCADE;
  DROP TABLE "_exercises_v_texts" CASCADE;
  DROP TABLE "_exercises_v_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "classes_equipment" CASCADE;
  DROP TABLE "classes" CASCADE;
  DROP TABLE "classes_rels" CASCADE;
  DROP TABLE "_classes_v_version_equipment" CASCADE;
  DROP TABLE "_classes_v" CASCADE;
  DROP TABLE "_classes_v_rels" CASCADE;
  DROP TABLE "offerings_included" CASCADE;
  DROP TABLE "offerings" CASCADE;
  DROP TABLE "_offerings_v_version_included" CASCADE;
  DROP TABLE "_offerings_v" CASCADE;
  DROP TABLE "locations_opening_hours" CASCADE;
  DROP TABLE "locations_special_closures" CASCADE;
  DROP TABLE "locations" CASCADE;
  DROP TABLE "instructors" CASCADE;
  DROP TABLE "instructors_texts" CASCADE;
  DROP TABLE "instructors_rels" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "studio_social_links" CASCADE;
  DROP TABLE "_studio_v_version_social_links" CASCADE;
  DROP TABLE "_studio_v" CASCADE;
  DROP TABLE "header_nav_items" CASCADE;
  DROP TABLE "header" CASCADE;
  DROP TABLE "header_rels" CASCADE;
  DROP TABLE "footer_columns_links" CASCADE;
  DROP TABLE "footer_columns" CASCADE;
  DROP TABLE "footer" CASCADE;
  DROP TABLE "footer_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_articles_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_exercises_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_classes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_offerings_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_locations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instructors_fk";
  
  ALTER TABLE "studio" DROP CONSTRAINT "studio_default_seo_image_id_media_id_fk";
  
  DROP INDEX "payload_locked_documents_rels_articles_id_idx";
  DROP INDEX "payload_locked_documents_rels_exercises_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_classes_id_idx";
  DROP INDEX "payload_locked_documents_rels_offerings_id_idx";
  DROP INDEX "payload_locked_documents_rels_locations_id_idx";
  DROP INDEX "payload_locked_documents_rels_instructors_id_idx";
  DROP INDEX "studio_default_seo_image_idx";
  DROP INDEX "studio__status_idx";
  ALTER TABLE "studio" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "exercises_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "classes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "offerings_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "locations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instructors_id";
  ALTER TABLE "studio" DROP COLUMN "mission";
  ALTER TABLE "studio" DROP COLUMN "about_the_method";
  ALTER TABLE "studio" DROP COLUMN "contact_email";
  ALTER TABLE "studio" DROP COLUMN "contact_phone";
  ALTER TABLE "studio" DROP COLUMN "booking_url";
  ALTER TABLE "studio" DROP COLUMN "default_seo_image_id";
  ALTER TABLE "studio" DROP COLUMN "_status";
  DROP TYPE "public"."enum_articles_status";
  DROP TYPE "public"."enum__articles_v_version_status";
  DROP TYPE "public"."enum_exercises_body_areas";
  DROP TYPE "public"."enum_exercises_equipment";
  DROP TYPE "public"."enum_exercises_primary_muscles";
  DROP TYPE "public"."enum_exercises_secondary_muscles";
  DROP TYPE "public"."enum_exercises_variations_kind";
  DROP TYPE "public"."enum_exercises_level";
  DROP TYPE "public"."enum_exercises_position";
  DROP TYPE "public"."enum_exercises_category";
  DROP TYPE "public"."enum_exercises_mechanic";
  DROP TYPE "public"."enum_exercises_force";
  DROP TYPE "public"."enum_exercises_dose_mode";
  DROP TYPE "public"."enum_exercises_video_source";
  DROP TYPE "public"."enum_exercises_status";
  DROP TYPE "public"."enum__exercises_v_version_body_areas";
  DROP TYPE "public"."enum__exercises_v_version_equipment";
  DROP TYPE "public"."enum__exercises_v_version_primary_muscles";
  DROP TYPE "public"."enum__exercises_v_version_secondary_muscles";
  DROP TYPE "public"."enum__exercises_v_version_variations_kind";
  DROP TYPE "public"."enum__exercises_v_version_level";
  DROP TYPE "public"."enum__exercises_v_version_position";
  DROP TYPE "public"."enum__exercises_v_version_category";
  DROP TYPE "public"."enum__exercises_v_version_mechanic";
  DROP TYPE "public"."enum__exercises_v_version_force";
  DROP TYPE "public"."enum__exercises_v_version_dose_mode";
  DROP TYPE "public"."enum__exercises_v_version_video_source";
  DROP TYPE "public"."enum__exercises_v_version_status";
  DROP TYPE "public"."enum_classes_equipment";
  DROP TYPE "public"."enum_classes_level";
  DROP TYPE "public"."enum_classes_format";
  DROP TYPE "public"."enum_classes_status";
  DROP TYPE "public"."enum__classes_v_version_equipment";
  DROP TYPE "public"."enum__classes_v_version_level";
  DROP TYPE "public"."enum__classes_v_version_format";
  DROP TYPE "public"."enum__classes_v_version_status";
  DROP TYPE "public"."enum_offerings_kind";
  DROP TYPE "public"."enum_offerings_price_billing_period";
  DROP TYPE "public"."enum_offerings_status";
  DROP TYPE "public"."enum__offerings_v_version_kind";
  DROP TYPE "public"."enum__offerings_v_version_price_billing_period";
  DROP TYPE "public"."enum__offerings_v_version_status";
  DROP TYPE "public"."enum_locations_opening_hours_day";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_studio_social_links_platform";
  DROP TYPE "public"."enum_studio_status";
  DROP TYPE "public"."enum__studio_v_version_social_links_platform";
  DROP TYPE "public"."enum__studio_v_version_status";
  DROP TYPE "public"."enum_header_nav_items_link_type";
  DROP TYPE "public"."enum_footer_columns_links_link_type";`)
}
