import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditEvents1795599053627 implements MigrationInterface {
  name = 'AuditEvents1795599053627';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "action" character varying(60) NOT NULL, "actor_id" uuid, "actor_email" character varying(320), "target_type" character varying(40), "target_id" character varying(64), "ip" character varying(64), "user_agent" character varying(400), "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_706a5b14d1df684054d123efc7" ON "audit_event"  ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_f44b7e9c0d50176bc07e018f63" ON "audit_event"  ("actor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6bd81718eaeeae1a32a8167192" ON "audit_event"  ("action", "created_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_6bd81718eaeeae1a32a8167192"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f44b7e9c0d50176bc07e018f63"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_706a5b14d1df684054d123efc7"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
