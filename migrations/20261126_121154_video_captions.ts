import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exercises" ADD COLUMN "video_captions_id" integer;
  ALTER TABLE "_exercises_v" ADD COLUMN "version_video_captions_id" integer;
  ALTER TABLE "exercises" ADD CONSTRAINT "exercises_video_captions_id_media_id_fk" FOREIGN KEY ("video_captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_exercises_v" ADD CONSTRAINT "_exercises_v_version_video_captions_id_media_id_fk" FOREIGN KEY ("version_video_captions_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "exercises_video_video_captions_idx" ON "exercises" USING btree ("video_captions_id");
  CREATE INDEX "_exercises_v_version_video_version_video_captions_idx" ON "_exercises_v" USING btree ("version_video_captions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "exercises" DROP CONSTRAINT "exercises_video_captions_id_media_id_fk";
  
  ALTER TABLE "_exercises_v" DROP CONSTRAINT "_exercises_v_version_video_captions_id_media_id_fk";
  
  DROP INDEX "exercises_video_video_captions_idx";
  DROP INDEX "_exercises_v_version_video_version_video_captions_idx";
  ALTER TABLE "exercises" DROP COLUMN "video_captions_id";
  ALTER TABLE "_exercises_v" DROP COLUMN "version_video_captions_id";`)
}
