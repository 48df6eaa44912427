import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SyncConflictResolution1796424236685 implements MigrationInterface {
  name = 'SyncConflictResolution1796424236685';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_conflict" ADD "status" character varying(16) NOT NULL DEFAULT 'OPEN'`);
    await queryRunner.query(`ALTER TABLE "sync_conflict" ADD "resolved_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "sync_conflict" ADD "resolved_by_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sync_conflict" DROP COLUMN "resolved_by_id"`);
    await queryRunner.query(`ALTER TABLE "sync_conflict" DROP COLUMN "resolved_at"`);
    await queryRunner.query(`ALTER TABLE "sync_conflict" DROP COLUMN "status"`);
  }
}
