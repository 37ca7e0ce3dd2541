import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_routines_steps_mode" AS ENUM('exercise', 'reps', 'hold');
  CREATE TYPE "public"."enum_routines_body_areas" AS ENUM('hips', 'lower-back', 'core', 'glutes', 'shoulders', 'neck', 'spine', 'pelvic-floor', 'knees', 'feet-ankles', 'full-body');
  CREATE TYPE "public"."enum_routines_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum_routines_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__routines_v_version_steps_mode" AS ENUM('exercise', 'reps', 'hold');
  CREATE TYPE "public"."enum__routines_v_version_body_areas" AS ENUM('hips', 'lower-back', 'core', 'glutes', 'shoulders', 'neck', 'spine', 'pelvic-floor', 'knees', 'feet-ankles', 'full-body');
  CREATE TYPE "public"."enum__routines_v_version_level" AS ENUM('beginner', 'intermediate', 'advanced');
  CREATE TYPE "public"."enum__routines_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "routines_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"exercise_id" integer,
  	"mode" "enum_routines_steps_mode" DEFAULT 'exercise',
  	"reps" numeric,
  	"hold_seconds" numeric,
  	"sets" numeric DEFAULT 1,
  	"per_side" boolean DEFAULT false,
  	"rest_seconds" numeric DEFAULT 15,
  	"cue" varchar
  );
  
  CREATE TABLE "routines_body_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_routines_body_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "routines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"goal" varchar,
  	"hero_image_id" integer,
  	"slug" varchar,
  	"level" "enum_routines_level" DEFAULT 'beginner',
  	"total_seconds" numeric,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_routines_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_routines_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"exercise_id" integer,
  	"mode" "enum__routines_v_version_steps_mode" DEFAULT 'exercise',
  	"reps" numeric,
  	"hold_seconds" numeric,
  	"sets" numeric DEFAULT 1,
  	"per_side" boolean DEFAULT false,
  	"rest_seconds" numeric DEFAULT 15,
  	"cue" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_routines_v_version_body_areas" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__routines_v_version_body_areas",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_routines_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_goal" varchar,
  	"version_hero_image_id" integer,
  	"version_slug" varchar,
  	"version_level" "enum__routines_v_version_level" DEFAULT 'beginner',
  	"version_total_seconds" numeric,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__routines_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  ALTER TABLE "preview_links_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "redirects_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "search_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "header_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "footer_rels" ADD COLUMN "routines_id" integer;
  ALTER TABLE "routines_steps" ADD CONSTRAINT "routines_steps_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routines_steps" ADD CONSTRAINT "routines_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines_body_areas" ADD CONSTRAINT "routines_body_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routines" ADD CONSTRAINT "routines_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routines" ADD CONSTRAINT "routines_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v_version_steps" ADD CONSTRAINT "_routines_v_version_steps_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v_version_steps" ADD CONSTRAINT "_routines_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_routines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v_version_body_areas" ADD CONSTRAINT "_routines_v_version_body_areas_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_routines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_routines_v" ADD CONSTRAINT "_routines_v_parent_id_routines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v" ADD CONSTRAINT "_routines_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_routines_v" ADD CONSTRAINT "_routines_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "routines_steps_order_idx" ON "routines_steps" USING btree ("_order");
  CREATE INDEX "routines_steps_parent_id_idx" ON "routines_steps" USING btree ("_parent_id");
  CREATE INDEX "routines_steps_exercise_idx" ON "routines_steps" USING btree ("exercise_id");
  CREATE INDEX "routines_body_areas_order_idx" ON "routines_body_areas" USING btree ("order");
  CREATE INDEX "routines_body_areas_parent_idx" ON "routines_body_areas" USING btree ("parent_id");
  CREATE INDEX "routines_hero_image_idx" ON "routines" USING btree ("hero_image_id");
  CREATE UNIQUE INDEX "routines_slug_idx" ON "routines" USING btree ("slug");
  CREATE INDEX "routines_level_idx" ON "routines" USING btree ("level");
  CREATE INDEX "routines_total_seconds_idx" ON "routines" USING btree ("total_seconds");
  CREATE INDEX "routines_meta_meta_image_idx" ON "routines" USING btree ("meta_image_id");
  CREATE INDEX "routines_updated_at_idx" ON "routines" USING btree ("updated_at");
  CREATE INDEX "routines_created_at_idx" ON "routines" USING btree ("created_at");
  CREATE INDEX "routines__status_idx" ON "routines" USING btree ("_status");
  CREATE INDEX "_routines_v_version_steps_order_idx" ON "_routines_v_version_steps" USING btree ("_order");
  CREATE INDEX "_routines_v_version_steps_parent_id_idx" ON "_routines_v_version_steps" USING btree ("_parent_id");
  CREATE INDEX "_routines_v_version_steps_exercise_idx" ON "_routines_v_version_steps" USING btree ("exercise_id");
  CREATE INDEX "_routines_v_version_body_areas_order_idx" ON "_routines_v_version_body_areas" USING btree ("order");
  CREATE INDEX "_routines_v_version_body_areas_parent_idx" ON "_routines_v_version_body_areas" USING btree ("parent_id");
  CREATE INDEX "_routines_v_parent_idx" ON "_routines_v" USING btree ("parent_id");
  CREATE INDEX "_routines_v_version_version_hero_image_idx" ON "_routines_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_routines_v_version_version_slug_idx" ON "_routines_v" USING btree ("version_slug");
  CREATE INDEX "_routines_v_version_version_level_idx" ON "_routines_v" USING btree ("version_level");
  CREATE INDEX "_routines_v_version_version_total_seconds_idx" ON "_routines_v" USING btree ("version_total_seconds");
  CREATE INDEX "_routines_v_version_meta_version_meta_image_idx" ON "_routines_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_routines_v_version_version_updated_at_idx" ON "_routines_v" USING btree ("version_updated_at");
  CREATE INDEX "_routines_v_version_version_created_at_idx" ON "_routines_v" USING btree ("version_created_at");
  CREATE INDEX "_routines_v_version_version__status_idx" ON "_routines_v" USING btree ("version__status");
  CREATE INDEX "_routines_v_created_at_idx" ON "_routines_v" USING btree ("created_at");
  CREATE INDEX "_routines_v_updated_at_idx" ON "_routines_v" USING btree ("updated_at");
  CREATE INDEX "_routines_v_latest_idx" ON "_routines_v" USING btree ("latest");
  CREATE INDEX "_routines_v_autosave_idx" ON "_routines_v" USING btree ("autosave");
  ALTER TABLE "preview_links_rels" ADD CONSTRAINT "preview_links_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "header_rels" ADD CONSTRAINT "header_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "footer_rels" ADD CONSTRAINT "footer_rels_routines_fk" FOREIGN KEY ("routines_id") REFERENCES "public"."routines"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "preview_links_rels_routines_id_idx" ON "preview_links_rels" USING btree ("routines_id");
  CREATE INDEX "redirects_rels_routines_id_idx" ON "redirects_rels" USING btree ("routines_id");
  CREATE INDEX "search_rels_routines_id_idx" ON "search_rels" USING btree ("routines_id");
  CREATE INDEX "payload_locked_documents_rels_routines_id_idx" ON "payload_locked_documents_rels" USING btree ("routines_id");
  CREATE INDEX "header_rels_routines_id_idx" ON "header_rels" USING btree ("routines_id");
  CREATE INDEX "footer_rels_routines_id_idx" ON "footer_rels" USING btree ("routines_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "routines_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "routines_body_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "routines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_routines_v_version_steps" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_routines_v_version_body_areas" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_routines_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "routines_steps" CASCADE;
  DROP TABLE "routines_body_areas" CASCADE;
  DROP TABLE "routines" CASCADE;
  DROP TABLE "_routines_v_version_steps" CASCADE;
  DROP TABLE "_routines_v_version_body_areas" CASCADE;
  DROP TABLE "_routines_v" CASCADE;
  ALTER TABLE "preview_links_rels" DROP CONSTRAINT "preview_links_rels_routines_fk";
  
  ALTER TABLE "redirects_rels" DROP CONSTRAINT "redirects_rels_routines_fk";
  
  ALTER TABLE "search_rels" DROP CONSTRAINT "search_rels_routines_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_routines_fk";
  
  ALTER TABLE "header_rels" DROP CONSTRAINT "header_rels_routines_fk";
  
  ALTER TABLE "footer_rels" DROP CONSTRAINT "footer_rels_routines_fk";
  
  DROP INDEX "preview_links_rels_routines_id_idx";
  DROP INDEX "redirects_rels_routines_id_idx";
  DROP INDEX "search_rels_routines_id_idx";
  DROP INDEX "payload_locked_documents_rels_routines_id_idx";
  DROP INDEX "header_rels_routines_id_idx";
  DROP INDEX "footer_rels_routines_id_idx";
  ALTER TABLE "preview_links_rels" DROP COLUMN "routines_id";
  ALTER TABLE "redirects_rels" DROP COLUMN "routines_id";
  ALTER TABLE "search_rels" DROP COLUMN "routines_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "routines_id";
  ALTER TABLE "header_rels" DROP COLUMN "routines_id";
  ALTER TABLE "footer_rels" DROP COLUMN "routines_id";
  DROP TYPE "public"."enum_routines_steps_mode";
  DROP TYPE "public"."enum_routines_body_areas";
  DROP TYPE "public"."enum_routines_level";
  DROP TYPE "public"."enum_routines_status";
  DROP TYPE "public"."enum__routines_v_version_steps_mode";
  DROP TYPE "public"."enum__routines_v_version_body_areas";
  DROP TYPE "public"."enum__routines_v_version_level";
  DROP TYPE "public"."enum__routines_v_version_status";`)
}
