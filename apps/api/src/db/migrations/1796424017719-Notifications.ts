import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796424017719 implements MigrationInterface {
  name = 'Notifications1796424017719';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "recipient_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "body" text, "params" jsonb NOT NULL DEFAULT '{}', "item_route" character varying(500), "item_id" character varying(200), "read_at" TIMESTAMP(3) WITH TIME ZONE, "email_mode" character varying(15) NOT NULL, "mail_outbox_id" uuid, "digested_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_unread" ON "notification"  ("recipient_id") WHERE read_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_d34aa77b1cb788d36b3f750794" ON "notification"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "mode" character varying(15) NOT NULL, CONSTRAINT "PK_98793ae4db877d281012dc55998" PRIMARY KEY ("user_id", "type"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d34aa77b1cb788d36b3f750794"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
