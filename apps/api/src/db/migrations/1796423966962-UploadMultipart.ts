import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UploadMultipart1796423966962 implements MigrationInterface {
  name = 'UploadMultipart1796423966962';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upload" ADD "multipart_upload_id" character varying(200)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "upload" DROP COLUMN "multipart_upload_id"`);
  }
}
