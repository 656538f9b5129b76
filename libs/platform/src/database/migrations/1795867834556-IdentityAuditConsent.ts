import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Audit log and consent (issue #3, parts 4 and 5). Only these tables: accounts, sessions and
 * memberships are in the Identity migration.
 */
export class IdentityAuditConsent1795867834556 implements MigrationInterface {
  name = 'IdentityAuditConsent1795867834556';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "werkpunt_access_consents" (
                "job_seeker_account_id" uuid NOT NULL,
                "werkpunt_id" uuid NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_fe1b788a3c8d356d7bd970e53eb" PRIMARY KEY ("job_seeker_account_id", "werkpunt_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_werkpunt_access_consents_werkpunt" ON "werkpunt_access_consents" ("werkpunt_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "employer_visibility_consents" (
                "job_seeker_account_id" uuid NOT NULL,
                "visible_to_employers" boolean NOT NULL,
                "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_19df79071041a0c9f9edffdb8f9" PRIMARY KEY ("job_seeker_account_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "contact_sharing_consents" (
                "job_seeker_account_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "granted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_41d9d71ed1a5d10d0fbcc4cfeb2" PRIMARY KEY ("job_seeker_account_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_contact_sharing_consents_organisation" ON "contact_sharing_consents" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."consent_kind" AS ENUM(
                'employer_visibility',
                'contact_sharing',
                'werkpunt_access'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."consent_source" AS ENUM('self', 'mediator_on_behalf')
        `);
    await queryRunner.query(`
            CREATE TABLE "consent_changes" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "job_seeker_account_id" uuid NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "kind" "public"."consent_kind" NOT NULL,
                "target_id" uuid,
                "granted" boolean NOT NULL,
                "source" "public"."consent_source" NOT NULL,
                "mediator_account_id" uuid,
                "client_present" boolean,
                CONSTRAINT "PK_f4850b13119aa9827167dd3d8b1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_consent_changes_job_seeker" ON "consent_changes" ("job_seeker_account_id", "id")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."audit_action" AS ENUM(
                'read',
                'create',
                'update',
                'delete',
                'export',
                'erase'
            )
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."audit_purpose" AS ENUM(
                'caseload',
                'matching',
                'application',
                'consent',
                'admin-support',
                'data-rights'
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_account_id" uuid NOT NULL,
                "actor_role" text NOT NULL,
                "actor_organisation_ids" uuid array NOT NULL DEFAULT '{}',
                "actor_werkpunt_ids" uuid array NOT NULL DEFAULT '{}',
                "subject_job_seeker_account_id" uuid NOT NULL,
                "record_type" text NOT NULL,
                "record_id" text NOT NULL,
                "action" "public"."audit_action" NOT NULL,
                "purpose" "public"."audit_purpose" NOT NULL,
                "request_id" text,
                CONSTRAINT "CHK_audit_log_actor_role" CHECK (
                    "actor_role" IN ('job_seeker', 'recruiter', 'mediator', 'admin')
                ),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_actor" ON "audit_log" ("actor_account_id", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_audit_log_subject" ON "audit_log" ("subject_job_seeker_account_id", "id")
        `);

    // Append-only: audit_log and consent_changes are traces. UPDATE, DELETE and TRUNCATE raise whichever
    // role runs them, the owner included (only dropping the trigger, an owner's DDL, gets round it; so
    // production runs the API as a non-owner role). The rows hold account ids, no names.
    await queryRunner.query(`
            CREATE FUNCTION public.refuse_change_of_append_only_table() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
        `);
    for (const table of ['audit_log', 'consent_changes']) {
      await queryRunner.query(`
            CREATE TRIGGER "TRG_${table}_no_update_delete" BEFORE UPDATE OR DELETE ON "${table}"
            FOR EACH ROW EXECUTE FUNCTION public.refuse_change_of_append_only_table()
        `);
      await queryRunner.query(`
            CREATE TRIGGER "TRG_${table}_no_truncate" BEFORE TRUNCATE ON "${table}"
            FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_change_of_append_only_table()
        `);
      // For deployments where the application connects as a role other than the owner (production).
      await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "${table}" FROM PUBLIC`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "consent_changes"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION public.refuse_change_of_append_only_table()`);
    await queryRunner.query(`DROP TYPE "public"."consent_source"`);
    await queryRunner.query(`DROP TYPE "public"."consent_kind"`);
    await queryRunner.query(`DROP TYPE "public"."audit_purpose"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`DROP TABLE "contact_sharing_consents"`);
    await queryRunner.query(`DROP TABLE "employer_visibility_consents"`);
    await queryRunner.query(`DROP TABLE "werkpunt_access_consents"`);
  }
}
