import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterScanDocuments1796439222317 implements MigrationInterface {
  name = 'LetterScanDocuments1796439222317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD "document_key" character varying(200)`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD "page_count" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP COLUMN "page_count"`);
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP COLUMN "document_key"`);
  }
}
