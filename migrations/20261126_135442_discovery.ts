import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_redirects_type" AS ENUM('307', '308');
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"type" "enum_redirects_type" DEFAULT '308' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"exercises_id" integer,
  	"classes_id" integer,
  	"locations_id" integer,
  	"instructors_id" integer,
  	"topics_id" integer
  );
  
  CREATE TABLE "search" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"priority" numeric,
  	"slug" varchar,
  	"summary" varchar,
  	"aliases" varchar,
  	"body" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"articles_id" integer,
  	"exercises_id" integer,
  	"classes_id" integer
  );
  
  ALTER TABLE "articles" ADD COLUMN "imported_source_id" varchar;
  ALTER TABLE "articles" ADD COLUMN "imported_source_file" varchar;
  ALTER TABLE "articles" ADD COLUMN "imported_imported_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "imported_note" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_source_id" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_source_file" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_imported_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_imported_note" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "exercises" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "exercises" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "exercises" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_exercises_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_exercises_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_exercises_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "topics" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "topics" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "topics" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "classes" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "classes" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "classes" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_classes_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_classes_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_classes_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "locations" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "locations" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "locations" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "instructors" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "instructors" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "instructors" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "media" ADD COLUMN "alt_needs_review" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_id" integer;
  ALTER TABLE "studio" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "studio" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "studio" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_studio_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_studio_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_studio_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_classes_fk" FOREIGN KEY ("classes_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_locations_fk" FOREIGN KEY ("locations_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_instructors_fk" FOREIGN KEY ("instructors_id") REFERENCES "public"."instructors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_articles_fk" FOREIGN KEY ("articles_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_exercises_fk" FOREIGN KEY ("exercises_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "search_rels" ADD CONSTRAINT "search_rels_classes_fk" FOREIGN KEY ("classes_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_articles_id_idx" ON "redirects_rels" USING btree ("articles_id");
  CREATE INDEX "redirects_rels_exercises_id_idx" ON "redirects_rels" USING btree ("exercises_id");
  CREATE INDEX "redirects_rels_classes_id_idx" ON "redirects_rels" USING btree ("classes_id");
  CREATE INDEX "redirects_rels_locations_id_idx" ON "redirects_rels" USING btree ("locations_id");
  CREATE INDEX "redirects_rels_instructors_id_idx" ON "redirects_rels" USING btree ("instructors_id");
  CREATE INDEX "redirects_rels_topics_id_idx" ON "redirects_rels" USING btree ("topics_id");
  CREATE INDEX "search_slug_idx" ON "search" USING btree ("slug");
  CREATE INDEX "search_updated_at_idx" ON "search" USING btree ("updated_at");
  CREATE INDEX "search_created_at_idx" ON "search" USING btree ("created_at");
  CREATE INDEX "search_rels_order_idx" ON "search_rels" USING btree ("order");
  CREATE INDEX "search_rels_parent_idx" ON "search_rels" USING btree ("parent_id");
  CREATE INDEX "search_rels_path_idx" ON "search_rels" USING btree ("path");
  CREATE INDEX "search_rels_articles_id_idx" ON "search_rels" USING btree ("articles_id");
  CREATE INDEX "search_rels_exercises_id_idx" ON "search_rels" USING btree ("exercises_id");
  CREATE INDEX "search_rels_classes_id_idx" ON "search_rels" USING btree ("classes_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "exercises" ADD CONSTRAINT "exercises_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exercises_v" ADD CONSTRAINT "_exercises_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "classes" ADD CONSTRAINT "classes_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_classes_v" ADD CONSTRAINT "_classes_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "locations" ADD CONSTRAINT "locations_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "instructors" ADD CONSTRAINT "instructors_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_fk" FOREIGN KEY ("search_id") REFERENCES "public"."search"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "studio" ADD CONSTRAINT "studio_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_studio_v" ADD CONSTRAINT "_studio_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_imported_imported_source_id_idx" ON "articles" USING btree ("imported_source_id");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "_articles_v_version_imported_version_imported_source_id_idx" ON "_articles_v" USING btree ("version_imported_source_id");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "exercises_meta_meta_image_idx" ON "exercises" USING btree ("meta_image_id");
  CREATE INDEX "_exercises_v_version_meta_version_meta_image_idx" ON "_exercises_v" USING btree ("version_meta_image_id");
  CREATE INDEX "topics_meta_meta_image_idx" ON "topics" USING btree ("meta_image_id");
  CREATE INDEX "classes_meta_meta_image_idx" ON "classes" USING btree ("meta_image_id");
  CREATE INDEX "_classes_v_version_meta_version_meta_image_idx" ON "_classes_v" USING btree ("version_meta_image_id");
  CREATE INDEX "locations_meta_meta_image_idx" ON "locations" USING btree ("meta_image_id");
  CREATE INDEX "instructors_meta_meta_image_idx" ON "instructors" USING btree ("meta_image_id");
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");
  CREATE INDEX "payload_locked_documents_rels_search_id_idx" ON "payload_locked_documents_rels" USING btree ("search_id");
  CREATE INDEX "studio_meta_meta_image_idx" ON "studio" USING btree ("meta_image_id");
  CREATE INDEX "_studio_v_version_meta_version_meta_image_idx" ON "_studio_v" USING btree ("version_meta_image_id");`)

  // Site search (lib/search.ts), added by hand to this generated migration: a weighted
  // English full-text vector over the search plugin's rows (title and aliases > summary >
  // body), kept current by Postgres itself, and trigram indexes for "did you mean".
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  ALTER TABLE "search" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '') || ' ' || coalesce("aliases", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("body", '')), 'C')
  ) STORED;
  CREATE INDEX "search_vector_idx" ON "search" USING gin ("search_vector");
  CREATE INDEX "search_title_trgm_idx" ON "search" USING gin ("title" gin_trgm_ops);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "search_title_trgm_idx";
  DROP INDEX IF EXISTS "search_vector_idx";
  ALTER TABLE "search" DROP COLUMN IF EXISTS "search_vector";
   ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "search_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  DROP TABLE "search" CASCADE;
  DROP TABLE "search_rels" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_meta_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "exercises" DROP CONSTRAINT "exercises_meta_image_id_media_id_fk";
  
  ALTER TABLE "_exercises_v" DROP CONSTRAINT "_exercises_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "topics" DROP CONSTRAINT "topics_meta_image_id_media_id_fk";
  
  ALTER TABLE "classes" DROP CONSTRAINT "classes_meta_image_id_media_id_fk";
  
  ALTER TABLE "_classes_v" DROP CONSTRAINT "_classes_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "locations" DROP CONSTRAINT "locations_meta_image_id_media_id_fk";
  
  ALTER TABLE "instructors" DROP CONSTRAINT "instructors_meta_image_id_media_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_fk";
  
  ALTER TABLE "studio" DROP CONSTRAINT "studio_meta_image_id_media_id_fk";
  
  ALTER TABLE "_studio_v" DROP CONSTRAINT "_studio_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "articles_imported_imported_source_id_idx";
  DROP INDEX "articles_meta_meta_image_idx";
  DROP INDEX "_articles_v_version_imported_version_imported_source_id_idx";
  DROP INDEX "_articles_v_version_meta_version_meta_image_idx";
  DROP INDEX "exercises_meta_meta_image_idx";
  DROP INDEX "_exercises_v_version_meta_version_meta_image_idx";
  DROP INDEX "topics_meta_meta_image_idx";
  DROP INDEX "classes_meta_meta_image_idx";
  DROP INDEX "_classes_v_version_meta_version_meta_image_idx";
  DROP INDEX "locations_meta_meta_image_idx";
  DROP INDEX "instructors_meta_meta_image_idx";
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  DROP INDEX "payload_locked_documents_rels_search_id_idx";
  DROP INDEX "studio_meta_meta_image_idx";
  DROP INDEX "_studio_v_version_meta_version_meta_image_idx";
  ALTER TABLE "articles" DROP COLUMN "imported_source_id";
  ALTER TABLE "articles" DROP COLUMN "imported_source_file";
  ALTER TABLE "articles" DROP COLUMN "imported_imported_at";
  ALTER TABLE "articles" DROP COLUMN "imported_note";
  ALTER TABLE "articles" DROP COLUMN "meta_title";
  ALTER TABLE "articles" DROP COLUMN "meta_description";
  ALTER TABLE "articles" DROP COLUMN "meta_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_source_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_source_file";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_imported_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_imported_note";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "exercises" DROP COLUMN "meta_title";
  ALTER TABLE "exercises" DROP COLUMN "meta_description";
  ALTER TABLE "exercises" DROP COLUMN "meta_image_id";
  ALTER TABLE "_exercises_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_exercises_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_exercises_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "topics" DROP COLUMN "meta_title";
  ALTER TABLE "topics" DROP COLUMN "meta_description";
  ALTER TABLE "topics" DROP COLUMN "meta_image_id";
  ALTER TABLE "classes" DROP COLUMN "meta_title";
  ALTER TABLE "classes" DROP COLUMN "meta_description";
  ALTER TABLE "classes" DROP COLUMN "meta_image_id";
  ALTER TABLE "_classes_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_classes_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_classes_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "locations" DROP COLUMN "meta_title";
  ALTER TABLE "locations" DROP COLUMN "meta_description";
  ALTER TABLE "locations" DROP COLUMN "meta_image_id";
  ALTER TABLE "instructors" DROP COLUMN "meta_title";
  ALTER TABLE "instructors" DROP COLUMN "meta_description";
  ALTER TABLE "instructors" DROP COLUMN "meta_image_id";
  ALTER TABLE "media" DROP COLUMN "alt_needs_review";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_id";
  ALTER TABLE "studio" DROP COLUMN "meta_title";
  ALTER TABLE "studio" DROP COLUMN "meta_description";
  ALTER TABLE "studio" DROP COLUMN "meta_image_id";
  ALTER TABLE "_studio_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_studio_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_studio_v" DROP COLUMN "version_meta_image_id";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_type";`)
}
