import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TwoFactor1795600043829 implements MigrationInterface {
  name = 'TwoFactor1795600043829';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "two_factor_recovery_code" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" character varying(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fa04aedaed83606b135f6391294" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_82fac4b9e8a7a44c330528d48b" ON "two_factor_recovery_code"  ("user_id") `);
    await queryRunner.query(`ALTER TABLE "user" ADD "totp_secret" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "user" ADD "two_factor_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "user" ADD "totp_last_step" integer`);
    // Widen in place: dropping the column would lose every outstanding link.
    await queryRunner.query(`ALTER TABLE "one_time_token" ALTER COLUMN "purpose" TYPE character varying(30)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "one_time_token" ALTER COLUMN "purpose" TYPE character varying(20)`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "two_factor_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "totp_secret"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_82fac4b9e8a7a44c330528d48b"`);
    await queryRunner.query(`DROP TABLE "two_factor_recovery_code"`);
  }
}
