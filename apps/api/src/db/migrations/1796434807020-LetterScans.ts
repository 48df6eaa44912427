import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterScans1796434807020 implements MigrationInterface {
  name = 'LetterScans1796434807020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD "kind" character varying(10) NOT NULL DEFAULT 'PHOTO'`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD "upload_id" uuid`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD "thumbnail_key" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "upload" ADD "purpose" character varying(20) NOT NULL DEFAULT 'CHILD_PHOTO'`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "width" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "height" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "byte_size" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4aae986e9983711b1f9439cc95" ON "letter_attachment"  ("upload_id") WHERE upload_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_4aae986e9983711b1f9439cc95"`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "byte_size" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "height" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ALTER COLUMN "width" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "upload" DROP COLUMN "purpose"`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP COLUMN "thumbnail_key"`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP COLUMN "upload_id"`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP COLUMN "kind"`);
  }
}
