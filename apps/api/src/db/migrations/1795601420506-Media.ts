import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Media1795601420506 implements MigrationInterface {
  name = 'Media1795601420506';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "upload_batch" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200), "partner_organization_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, CONSTRAINT "PK_994618d93db22f1451a0c75f9e4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_05de5eeef1c9a9222c56439e33" ON "upload_batch"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE TABLE "upload" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "batch_id" uuid, "partner_organization_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "folder_path" character varying(500), "content_type" character varying(100) NOT NULL, "byte_size" bigint NOT NULL, "status" character varying(20) NOT NULL, "reason" text, "original_key" character varying(300), "content_hash" character varying(64), "duplicate_of_id" uuid, "media_id" uuid, "candidates" jsonb NOT NULL DEFAULT '[]', "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_1fe8db121b3de4ddfa677fc51f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_994618d93db22f1451a0c75f9e" ON "upload"  ("batch_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4813747bd6dbc43cb581cf3761" ON "upload"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a2b9775edb66590006ddfd4e50" ON "upload"  ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_af3b93e791d40707816f228ecf" ON "upload"  ("partner_organization_id", "content_hash") `);
    await queryRunner.query(`CREATE TABLE "media" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "child_id" uuid, "upload_id" uuid NOT NULL, "uploader_id" uuid NOT NULL, "partner_organization_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "match_confidence" real, "match_reason" text, "width" integer NOT NULL, "height" integer NOT NULL, "display_key" character varying(300) NOT NULL, "display_bytes" integer NOT NULL, "thumbnail_key" character varying(300) NOT NULL, "thumbnail_bytes" integer NOT NULL, "content_hash" character varying(64) NOT NULL, "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "approved_at" TIMESTAMP(3) WITH TIME ZONE, "reviewer_id" uuid, "review_reason" text, CONSTRAINT "PK_f4e0fcac36e050de337b670d8bd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b85b0b06b1f40828d386b155e4" ON "media"  ("child_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bc7cdfa71adf51a7133d1e94d1" ON "media"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_16e094ed27782702a0f9284399" ON "media"  ("approved_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_10345789a9bd8848258154cbce" ON "media"  ("status", "submitted_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_10345789a9bd8848258154cbce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16e094ed27782702a0f9284399"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bc7cdfa71adf51a7133d1e94d1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b85b0b06b1f40828d386b155e4"`);
    await queryRunner.query(`DROP TABLE "media"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af3b93e791d40707816f228ecf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2b9775edb66590006ddfd4e50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4813747bd6dbc43cb581cf3761"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_994618d93db22f1451a0c75f9e"`);
    await queryRunner.query(`DROP TABLE "upload"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05de5eeef1c9a9222c56439e33"`);
    await queryRunner.query(`DROP TABLE "upload_batch"`);
  }
}
