import { MigrationInterface, QueryRunner } from 'typeorm';

export class Caseloads1795871108008 implements MigrationInterface {
  name = 'Caseloads1795871108008';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "referrals" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "client_account_id" uuid NOT NULL,
                "partner" character varying(20) NOT NULL,
                "partner_name" character varying(150),
                "purpose" character varying(1000) NOT NULL,
                "status" character varying(20) NOT NULL,
                "outcome" character varying(2000),
                "created_by_account_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_referrals_partner_name" CHECK (
                    ("partner" = 'other') = ("partner_name" IS NOT NULL)
                ),
                CONSTRAINT "CHK_referrals_status" CHECK (
                    "status" IN (
                        'proposed',
                        'sent',
                        'accepted',
                        'declined',
                        'completed',
                        'dropped_out'
                    )
                ),
                CONSTRAINT "CHK_referrals_partner" CHECK (
                    "partner" IN (
                        'vdab',
                        'de_stap',
                        'de_punt',
                        'ocmw_welfare',
                        'nt2_course',
                        'other'
                    )
                ),
                CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_referrals_client" ON "referrals" ("client_account_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "client_notes" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "client_account_id" uuid NOT NULL,
                "author_account_id" uuid NOT NULL,
                "text" character varying(4000) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_50a5ba00f574738e3359f85956a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_client_notes_client" ON "client_notes" ("client_account_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "ladder_step_changes" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "client_account_id" uuid NOT NULL,
                "step" character varying(24) NOT NULL,
                "previous_step" character varying(24),
                "reason" character varying(1000) NOT NULL,
                "client_present" boolean NOT NULL,
                "changed_by_account_id" uuid NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_ladder_step_changes_previous_step" CHECK (
                    "previous_step" IN (
                        'care',
                        'social_activation',
                        'language_activation',
                        'work_activation',
                        'guidance_to_work',
                        'work'
                    )
                ),
                CONSTRAINT "CHK_ladder_step_changes_step" CHECK (
                    "step" IN (
                        'care',
                        'social_activation',
                        'language_activation',
                        'work_activation',
                        'guidance_to_work',
                        'work'
                    )
                ),
                CONSTRAINT "PK_467b6206e1e3c14170a7a4a5877" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ladder_step_changes_client" ON "ladder_step_changes" ("client_account_id", "changed_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "caseload_entries" (
                "client_account_id" uuid NOT NULL,
                "werkpunt_id" uuid NOT NULL,
                "mediator_account_id" uuid,
                "since" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_contact_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_adfdb0d6920aaf819548aee29de" PRIMARY KEY ("client_account_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_caseload_entries_mediator" ON "caseload_entries" ("mediator_account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_caseload_entries_werkpunt_contact" ON "caseload_entries" ("werkpunt_id", "last_contact_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "caseload_transfers" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "client_account_id" uuid NOT NULL,
                "from_werkpunt_id" uuid,
                "from_mediator_account_id" uuid,
                "to_werkpunt_id" uuid NOT NULL,
                "to_mediator_account_id" uuid,
                "transferred_by_account_id" uuid NOT NULL,
                "reason" character varying(1000) NOT NULL,
                "transferred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_ea41fdd72659a9a175f16aee8b6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_caseload_transfers_client" ON "caseload_transfers" ("client_account_id", "transferred_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals"
            ADD CONSTRAINT "FK_referrals_client" FOREIGN KEY ("client_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "client_notes"
            ADD CONSTRAINT "FK_client_notes_client" FOREIGN KEY ("client_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "ladder_step_changes"
            ADD CONSTRAINT "FK_ladder_step_changes_client" FOREIGN KEY ("client_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "caseload_entries"
            ADD CONSTRAINT "FK_caseload_entries_client" FOREIGN KEY ("client_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "caseload_entries"
            ADD CONSTRAINT "FK_caseload_entries_mediator" FOREIGN KEY ("mediator_account_id") REFERENCES "accounts"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "caseload_transfers"
            ADD CONSTRAINT "FK_caseload_transfers_client" FOREIGN KEY ("client_account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // Clients a mediator created before caseloads existed join their Werkpunt's caseload (no mediator yet).
    await queryRunner.query(`
            INSERT INTO "caseload_entries" ("client_account_id", "werkpunt_id", "mediator_account_id", "since", "last_contact_at")
            SELECT "id", "home_werkpunt_id", NULL, "created_at", NULL
            FROM "accounts"
            WHERE "role" = 'job_seeker' AND "home_werkpunt_id" IS NOT NULL AND "status" <> 'erased'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "caseload_transfers" DROP CONSTRAINT "FK_caseload_transfers_client"
        `);
    await queryRunner.query(`
            ALTER TABLE "caseload_entries" DROP CONSTRAINT "FK_caseload_entries_mediator"
        `);
    await queryRunner.query(`
            ALTER TABLE "caseload_entries" DROP CONSTRAINT "FK_caseload_entries_client"
        `);
    await queryRunner.query(`
            ALTER TABLE "ladder_step_changes" DROP CONSTRAINT "FK_ladder_step_changes_client"
        `);
    await queryRunner.query(`
            ALTER TABLE "client_notes" DROP CONSTRAINT "FK_client_notes_client"
        `);
    await queryRunner.query(`
            ALTER TABLE "referrals" DROP CONSTRAINT "FK_referrals_client"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_caseload_transfers_client"
        `);
    await queryRunner.query(`
            DROP TABLE "caseload_transfers"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_caseload_entries_werkpunt_contact"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_caseload_entries_mediator"
        `);
    await queryRunner.query(`
            DROP TABLE "caseload_entries"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ladder_step_changes_client"
        `);
    await queryRunner.query(`
            DROP TABLE "ladder_step_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_client_notes_client"
        `);
    await queryRunner.query(`
            DROP TABLE "client_notes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_referrals_client"
        `);
    await queryRunner.query(`
            DROP TABLE "referrals"
        `);
  }
}
