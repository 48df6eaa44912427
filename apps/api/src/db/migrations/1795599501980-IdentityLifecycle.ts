import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityLifecycle1795599501980 implements MigrationInterface {
  name = 'IdentityLifecycle1795599501980';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "one_time_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character varying(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_956e3dd6580e4829e05ab460808" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5a751ff4e9106ceddfd3417de6" ON "one_time_token"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_2acff263dd344396d785de7f3c" ON "one_time_token"  ("user_id", "purpose") `);
    await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "to_address" character varying(320) NOT NULL, "template" character varying(40) NOT NULL, "locale" character varying(10) NOT NULL, "params" jsonb NOT NULL, "subject" character varying(300), "body_text" text, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_63513349650e25976f9ec6dcda" ON "mail_outbox"  ("status", "next_attempt_at") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "status" character varying(12) NOT NULL DEFAULT 'ACTIVE'`);
    // Keep who was switched off switched off.
    await queryRunner.query(`UPDATE "user" SET "status" = 'DEACTIVATED' WHERE NOT "active"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "active"`);
    await queryRunner.query(`ALTER TABLE "user" ADD "is_account_admin" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "is_account_admin"`);
    await queryRunner.query(`ALTER TABLE "user" ADD "active" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`UPDATE "user" SET "active" = ("status" = 'ACTIVE')`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63513349650e25976f9ec6dcda"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2acff263dd344396d785de7f3c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5a751ff4e9106ceddfd3417de6"`);
    await queryRunner.query(`DROP TABLE "one_time_token"`);
  }
}
