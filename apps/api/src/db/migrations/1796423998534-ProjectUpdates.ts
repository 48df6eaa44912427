import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectUpdates1796423998534 implements MigrationInterface {
  name = 'ProjectUpdates1796423998534';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "project_update" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "project_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "media_id" uuid, "published_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b4f76307d68c3428aa2d555091f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e09c937f37b6a2da2b2395574d" ON "project_update"  ("published_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_bf9131d06b17d9d7b71dca85fd" ON "project_update"  ("project_id", "published_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_bf9131d06b17d9d7b71dca85fd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e09c937f37b6a2da2b2395574d"`);
    await queryRunner.query(`DROP TABLE "project_update"`);
  }
}
