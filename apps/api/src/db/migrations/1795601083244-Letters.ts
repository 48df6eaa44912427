import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Letters1795601083244 implements MigrationInterface {
  name = 'Letters1795601083244';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "letter" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "direction" character varying(20) NOT NULL, "sponsorship_id" uuid NOT NULL, "child_id" uuid NOT NULL, "sponsor_id" uuid NOT NULL, "author_id" uuid NOT NULL, "group_id" uuid, "body" text NOT NULL, "language" character varying(10) NOT NULL, "status" character varying(20) NOT NULL, "next_actor" character varying(10) NOT NULL, "flags" jsonb NOT NULL DEFAULT '[]', "submitted_at" TIMESTAMP(3) WITH TIME ZONE, "approved_at" TIMESTAMP(3) WITH TIME ZONE, "printed_at" TIMESTAMP(3) WITH TIME ZONE, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, "first_read_at" TIMESTAMP(3) WITH TIME ZONE, "in_reply_to_id" uuid, "stationery_key" character varying(40), "salesforce_id" character varying(18), CONSTRAINT "UQ_7c5487f4e3c4208da5d304beff6" UNIQUE ("salesforce_id"), CONSTRAINT "PK_7a85cf0e444dff7c656a31b32bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_20919158cb0e69b77345b29c42" ON "letter"  ("sponsorship_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_251e13f64d2548059499f0649b" ON "letter"  ("child_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a6966f701ebbb7ac7ac29e7486" ON "letter"  ("sponsor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_73af2ae87c4de593b5b7b9c76f" ON "letter"  ("group_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_316765abfed34897a44c5a29f4" ON "letter"  ("in_reply_to_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_812d9a8975813825f31ce9f65b" ON "letter"  ("status", "submitted_at") `);
    await queryRunner.query(`CREATE TABLE "approval" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "subject_type" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "decision" character varying(20) NOT NULL, "reviewer_id" uuid NOT NULL, "reason" text, CONSTRAINT "PK_97bfd1cd9dff3c1302229da6b5c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1308b1c3860e1b02cab4680b9c" ON "approval"  ("reviewer_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e988a6308d8b735f59787ca198" ON "approval"  ("subject_type", "subject_id") `);
    await queryRunner.query(`ALTER TABLE "letter" ADD CONSTRAINT "FK_20919158cb0e69b77345b29c42a" FOREIGN KEY ("sponsorship_id") REFERENCES "sponsorship"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter" ADD CONSTRAINT "FK_251e13f64d2548059499f0649b1" FOREIGN KEY ("child_id") REFERENCES "child"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter" ADD CONSTRAINT "FK_a6966f701ebbb7ac7ac29e74867" FOREIGN KEY ("sponsor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter" ADD CONSTRAINT "FK_4bdc98c6490223b49d07a6b6070" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "letter" ADD CONSTRAINT "FK_316765abfed34897a44c5a29f4d" FOREIGN KEY ("in_reply_to_id") REFERENCES "letter"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter" DROP CONSTRAINT "FK_316765abfed34897a44c5a29f4d"`);
    await queryRunner.query(`ALTER TABLE "letter" DROP CONSTRAINT "FK_4bdc98c6490223b49d07a6b6070"`);
    await queryRunner.query(`ALTER TABLE "letter" DROP CONSTRAINT "FK_a6966f701ebbb7ac7ac29e74867"`);
    await queryRunner.query(`ALTER TABLE "letter" DROP CONSTRAINT "FK_251e13f64d2548059499f0649b1"`);
    await queryRunner.query(`ALTER TABLE "letter" DROP CONSTRAINT "FK_20919158cb0e69b77345b29c42a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e988a6308d8b735f59787ca198"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1308b1c3860e1b02cab4680b9c"`);
    await queryRunner.query(`DROP TABLE "approval"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_812d9a8975813825f31ce9f65b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_316765abfed34897a44c5a29f4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73af2ae87c4de593b5b7b9c76f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a6966f701ebbb7ac7ac29e7486"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_251e13f64d2548059499f0649b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_20919158cb0e69b77345b29c42"`);
    await queryRunner.query(`DROP TABLE "letter"`);
  }
}
