import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MediaDocuments1796434926194 implements MigrationInterface {
  name = 'MediaDocuments1796434926194';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media" ADD "document_key" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "media" ADD "document_bytes" integer`);
    await queryRunner.query(`ALTER TABLE "media" ADD "page_count" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "page_count"`);
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "document_bytes"`);
    await queryRunner.query(`ALTER TABLE "media" DROP COLUMN "document_key"`);
  }
}
