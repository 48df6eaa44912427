import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncTables1795600340673 implements MigrationInterface {
  name = 'SyncTables1795600340673';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "sync_conflict" ("id" uuid NOT NULL, "object" character varying(40) NOT NULL, "salesforce_id" character varying(18) NOT NULL, "entity_id" uuid NOT NULL, "field" character varying(80) NOT NULL, "base_value" jsonb, "portal_value" jsonb, "salesforce_value" jsonb, "winner" character varying(12) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2bd578b265665478d041fa85ab3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f3f2550a5a25cf8772966afa9b" ON "sync_conflict"  ("object", "salesforce_id") `);
    await queryRunner.query(`CREATE TABLE "sync_cursor" ("object" character varying(40) NOT NULL, "modstamp" TIMESTAMP WITH TIME ZONE, "deleted_until" TIMESTAMP WITH TIME ZONE, "last_run_at" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, "rows_applied" integer NOT NULL DEFAULT '0', "errors" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_bf1c413d2b7a9ee4afc1d2a2632" PRIMARY KEY ("object"))`);
    await queryRunner.query(`CREATE TABLE "sync_link" ("object" character varying(40) NOT NULL, "salesforce_id" character varying(18) NOT NULL, "entity_id" uuid NOT NULL, "synced_values" jsonb NOT NULL, "synced_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9bc2d95178e63b68603e0cf7943" PRIMARY KEY ("object", "salesforce_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8707614087b0da48b2a3523c11" ON "sync_link"  ("object", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "sync_outbox" ("id" uuid NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "operation" character varying(10) NOT NULL, "payload" jsonb NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error_code" character varying(80), "last_error" text, "salesforce_id" character varying(18), "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_68c2c881108310bbe2d6cd3ed43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_693c2e0e77a05a3f65bdc93abc" ON "sync_outbox"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d372dc26ddeb3844762d11ba33" ON "sync_outbox"  ("status", "next_attempt_at") `);
    await queryRunner.query(`CREATE TABLE "sync_parked" ("id" uuid NOT NULL, "object" character varying(40) NOT NULL, "salesforce_id" character varying(18) NOT NULL, "record" jsonb NOT NULL, "error_code" character varying(80) NOT NULL, "message" text NOT NULL, "attempts" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42f22b4d9a24a3d90d9dcb399c2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ef70262ca20ed7617104a6006f" ON "sync_parked"  ("object", "salesforce_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_ef70262ca20ed7617104a6006f"`);
    await queryRunner.query(`DROP TABLE "sync_parked"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d372dc26ddeb3844762d11ba33"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_693c2e0e77a05a3f65bdc93abc"`);
    await queryRunner.query(`DROP TABLE "sync_outbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8707614087b0da48b2a3523c11"`);
    await queryRunner.query(`DROP TABLE "sync_link"`);
    await queryRunner.query(`DROP TABLE "sync_cursor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f3f2550a5a25cf8772966afa9b"`);
    await queryRunner.query(`DROP TABLE "sync_conflict"`);
  }
}
