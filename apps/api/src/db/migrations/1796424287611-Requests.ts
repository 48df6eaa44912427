import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Requests1796424287611 implements MigrationInterface {
  name = 'Requests1796424287611';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "request" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "form_id" uuid NOT NULL, "requester_id" uuid NOT NULL, "requester_kind" character varying(10) NOT NULL, "account_id" uuid, "partner_organization_id" uuid, "subject" character varying(200) NOT NULL, "answers" jsonb NOT NULL DEFAULT '{}', "status" character varying(30) NOT NULL, "next_actor" character varying(10) NOT NULL, "owner_id" uuid, "due_at" TIMESTAMP(3) WITH TIME ZONE, "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_167d324701e6867f189aed52e18" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cdb8b03116451c339db40fb8bc" ON "request"  ("form_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_30f0550a69bfc4732e291b4155" ON "request"  ("requester_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0c48b867382df284b6b426f735" ON "request"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0dc0d8afc0a15fb6c273f72af6" ON "request"  ("owner_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_8dec9ed5ae303f3ecb33360e3b" ON "request"  ("status", "due_at") `);
    await queryRunner.query(`CREATE TABLE "request_message" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid NOT NULL, "author_id" uuid NOT NULL, "from_staff" boolean NOT NULL, "body" text NOT NULL, "internal" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2abc687f76b2e31fc2dba1dd017" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_898802dd2d03c395dcb4a5578d" ON "request_message"  ("request_id") `);
    await queryRunner.query(`CREATE TABLE "request_attachment" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "request_id" uuid, "message_id" uuid, "uploader_id" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "content_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "object_key" character varying(300) NOT NULL, CONSTRAINT "PK_83cf68af3440b302b1d0d860b08" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_55ee7caa598219b2a7505d282b" ON "request_attachment"  ("request_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_acceacdb280899228936e221a7" ON "request_attachment"  ("uploader_id") `);
    await queryRunner.query(`CREATE TABLE "request_form" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name_en" character varying(200) NOT NULL, "name_fr" character varying(200) NOT NULL, "audience" character varying(10) NOT NULL, "active" boolean NOT NULL DEFAULT true, "response_days" integer NOT NULL DEFAULT '5', "fields" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_cdb8b03116451c339db40fb8bcc" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "request_form"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_acceacdb280899228936e221a7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_55ee7caa598219b2a7505d282b"`);
    await queryRunner.query(`DROP TABLE "request_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_898802dd2d03c395dcb4a5578d"`);
    await queryRunner.query(`DROP TABLE "request_message"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8dec9ed5ae303f3ecb33360e3b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0dc0d8afc0a15fb6c273f72af6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0c48b867382df284b6b426f735"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30f0550a69bfc4732e291b4155"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cdb8b03116451c339db40fb8bc"`);
    await queryRunner.query(`DROP TABLE "request"`);
  }
}
