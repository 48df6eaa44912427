import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795598079470 implements MigrationInterface {
  name = 'Init1795598079470';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "kind" character varying(20) NOT NULL, "salesforce_id" character varying(18), CONSTRAINT "UQ_194801bf71bb940930d3f8da8d0" UNIQUE ("salesforce_id"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "partner_organization" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "country" character varying(2) NOT NULL, "salesforce_id" character varying(18), CONSTRAINT "UQ_ae05da7fe72b158ddcd5121d68d" UNIQUE ("salesforce_id"), CONSTRAINT "PK_c8adabdb246161a79d17300a345" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "user" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(320) NOT NULL, "first_name" character varying NOT NULL, "last_name" character varying NOT NULL, "display_name" character varying NOT NULL, "locale" character varying(10) NOT NULL DEFAULT 'en', "role" character varying(20) NOT NULL, "password_hash" character varying, "active" boolean NOT NULL DEFAULT true, "account_id" uuid, "partner_organization_id" uuid, "salesforce_id" character varying(18), CONSTRAINT "UQ_21281c8ce69f454e1578b4de524" UNIQUE ("salesforce_id"), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6bbe63d2fe75e7f0ba1710351d" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_eb31f2a7917404a46e17f539f1" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f0812282fad2e352cdaf83ef0a" ON "refresh_token"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "project" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying NOT NULL, "code" character varying(20) NOT NULL, "country" character varying(2) NOT NULL, "partner_organization_id" uuid NOT NULL, "salesforce_id" character varying(18), CONSTRAINT "UQ_137f6af5bff2cf8739fcc328e13" UNIQUE ("salesforce_id"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b58774a8460d69d09c888158ab" ON "project"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_fd89ec9c093daf931ecda9c742" ON "project"  ("partner_organization_id") `);
    await queryRunner.query(`CREATE TABLE "child" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(20) NOT NULL, "first_name" character varying NOT NULL, "last_name" character varying NOT NULL, "birth_date" date NOT NULL, "gender" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'ACTIVE', "project_id" uuid NOT NULL, "photo_key" character varying, "salesforce_id" character varying(18), CONSTRAINT "UQ_754b99e2fea6c651b5e4fbc4f35" UNIQUE ("salesforce_id"), CONSTRAINT "PK_4609b9b323ca37c6bc435ec4b6b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_80c53c3f0d19016f46be01947b" ON "child"  ("code") `);
    await queryRunner.query(`CREATE INDEX "IDX_9ee8a3e7e0a9d1e38ff7520798" ON "child"  ("project_id") `);
    await queryRunner.query(`CREATE TABLE "sponsorship" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sponsor_id" uuid NOT NULL, "child_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "active" boolean NOT NULL DEFAULT true, "salesforce_id" character varying(18), CONSTRAINT "UQ_7d92a8e75218aff561035323060" UNIQUE ("salesforce_id"), CONSTRAINT "PK_b20281101fc28f90ac116a9e660" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_faed1cc5664c94a0747a420971" ON "sponsorship"  ("sponsor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0f8b6310a15e136b4942cc9f9b" ON "sponsorship"  ("child_id") `);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_6acfec7285fdf9f463462de3e9f" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_65ca2f96b5079826d34c4c4361e" FOREIGN KEY ("partner_organization_id") REFERENCES "partner_organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421" FOREIGN KEY ("partner_organization_id") REFERENCES "partner_organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "child" ADD CONSTRAINT "FK_9ee8a3e7e0a9d1e38ff75207987" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sponsorship" ADD CONSTRAINT "FK_faed1cc5664c94a0747a4209717" FOREIGN KEY ("sponsor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sponsorship" ADD CONSTRAINT "FK_0f8b6310a15e136b4942cc9f9ba" FOREIGN KEY ("child_id") REFERENCES "child"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sponsorship" DROP CONSTRAINT "FK_0f8b6310a15e136b4942cc9f9ba"`);
    await queryRunner.query(`ALTER TABLE "sponsorship" DROP CONSTRAINT "FK_faed1cc5664c94a0747a4209717"`);
    await queryRunner.query(`ALTER TABLE "child" DROP CONSTRAINT "FK_9ee8a3e7e0a9d1e38ff75207987"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_65ca2f96b5079826d34c4c4361e"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_6acfec7285fdf9f463462de3e9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f8b6310a15e136b4942cc9f9b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_faed1cc5664c94a0747a420971"`);
    await queryRunner.query(`DROP TABLE "sponsorship"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9ee8a3e7e0a9d1e38ff7520798"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80c53c3f0d19016f46be01947b"`);
    await queryRunner.query(`DROP TABLE "child"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd89ec9c093daf931ecda9c742"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b58774a8460d69d09c888158ab"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0812282fad2e352cdaf83ef0a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb31f2a7917404a46e17f539f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bbe63d2fe75e7f0ba1710351d"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "partner_organization"`);
    await queryRunner.query(`DROP TABLE "account"`);
  }
}
