import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LetterPhotos1796427179749 implements MigrationInterface {
  name = 'LetterPhotos1796427179749';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "letter_attachment" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "letter_id" uuid NOT NULL, "storage_key" character varying(200) NOT NULL, "content_type" character varying(40) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "byte_size" integer NOT NULL, CONSTRAINT "PK_6317b282450626ea54821c00a76" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f0308500460734ead4f12bf92b" ON "letter_attachment"  ("letter_id") `);
    await queryRunner.query(`ALTER TABLE "letter_attachment" ADD CONSTRAINT "FK_f0308500460734ead4f12bf92ba" FOREIGN KEY ("letter_id") REFERENCES "letter"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_attachment" DROP CONSTRAINT "FK_f0308500460734ead4f12bf92ba"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f0308500460734ead4f12bf92b"`);
    await queryRunner.query(`DROP TABLE "letter_attachment"`);
  }
}
