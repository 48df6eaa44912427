import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DocumentLibrary1796434847782 implements MigrationInterface {
  name = 'DocumentLibrary1796434847782';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "document" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "type" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "document_date" date NOT NULL, "audience" character varying(30) NOT NULL, "account_id" uuid, "project_id" uuid, "partner_organization_id" uuid, "status" character varying(20) NOT NULL, "origin" character varying(10) NOT NULL, "uploaded_by_id" uuid NOT NULL, "rejection_reason" text, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a05e62b6b25192e8ff52fd197e" ON "document"  ("account_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4d4739c863ab05b56a8eabd15e" ON "document"  ("project_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e1c0abaca7865c6d9dd194af4d" ON "document"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_29253028fa21696c9db30cdcfe" ON "document"  ("audience", "status") `);
    await queryRunner.query(`CREATE TABLE "document_version" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "document_id" uuid NOT NULL, "number" integer NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "object_key" character varying(300) NOT NULL, "uploaded_by_id" uuid NOT NULL, "ready_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a4c39c95456c5dbb2e96cca713c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e45dc7b147bdcbe6ba03b5984e" ON "document_version"  ("document_id", "number") `);
    await queryRunner.query(`CREATE TABLE "personal_archive" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "object_key" character varying(300), "byte_size" bigint, "letter_count" integer, "file_count" integer, "ready_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "PK_2b635f3224c4a76b4e33b52137e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_267483e056346498610dc0a560" ON "personal_archive"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_personal_archive_in_progress" ON "personal_archive"  ("user_id") WHERE status IN ('QUEUED', 'BUILDING')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."UQ_personal_archive_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_267483e056346498610dc0a560"`);
    await queryRunner.query(`DROP TABLE "personal_archive"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e45dc7b147bdcbe6ba03b5984e"`);
    await queryRunner.query(`DROP TABLE "document_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_29253028fa21696c9db30cdcfe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e1c0abaca7865c6d9dd194af4d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d4739c863ab05b56a8eabd15e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a05e62b6b25192e8ff52fd197e"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
