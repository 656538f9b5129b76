import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications of job seekers to vacancies and their status history (issue #4, point 5). A rejected
 * application always carries a reason (the feedback the job seeker reads in plain language).
 */
export class Applications1795872163528 implements MigrationInterface {
  name = 'Applications1795872163528';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "applications" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "vacancy_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "job_seeker_account_id" uuid NOT NULL,
                "origin" character varying(30) NOT NULL,
                "status" character varying(20) NOT NULL,
                "rejection_reason" character varying(20),
                "rejection_text" text,
                "awaiting_since" TIMESTAMP WITH TIME ZONE,
                "reminded_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "UQ_applications_vacancy_job_seeker" UNIQUE ("vacancy_id", "job_seeker_account_id"),
                CONSTRAINT "CHK_applications_rejection_feedback" CHECK (
                    "status" <> 'rejected'
                    OR "rejection_reason" IS NOT NULL
                ),
                CONSTRAINT "CHK_applications_rejection_reason" CHECK (
                    "rejection_reason" IS NULL
                    OR "rejection_reason" IN (
                        'missing_skill',
                        'language_level',
                        'experience',
                        'position_filled',
                        'other'
                    )
                ),
                CONSTRAINT "CHK_applications_origin" CHECK (
                    "origin" IN (
                        'applied',
                        'proposed_by_mediator',
                        'invited_by_employer'
                    )
                ),
                CONSTRAINT "CHK_applications_status" CHECK (
                    "status" IN (
                        'proposed',
                        'applied',
                        'screening',
                        'interview',
                        'offer',
                        'hired',
                        'rejected',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_applications_job_seeker" ON "applications" ("job_seeker_account_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "application_status_changes" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "application_id" uuid NOT NULL,
                "status" character varying(20) NOT NULL,
                "actor_account_id" uuid,
                "actor_role" character varying(20) NOT NULL,
                "note" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_application_status_changes_status" CHECK (
                    "status" IN (
                        'proposed',
                        'applied',
                        'screening',
                        'interview',
                        'offer',
                        'hired',
                        'rejected',
                        'withdrawn'
                    )
                ),
                CONSTRAINT "PK_2db91ce19dcab12854254fefb77" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_application_status_changes_actor" ON "application_status_changes" ("actor_account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_application_status_changes_application" ON "application_status_changes" ("application_id", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "applications"
            ADD CONSTRAINT "FK_applications_vacancy" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_status_changes"
            ADD CONSTRAINT "FK_application_status_changes_application" FOREIGN KEY ("application_id") REFERENCES "applications"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "application_status_changes" DROP CONSTRAINT "FK_application_status_changes_application"
        `);
    await queryRunner.query(`
            ALTER TABLE "applications" DROP CONSTRAINT "FK_applications_vacancy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_application_status_changes_application"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_application_status_changes_actor"
        `);
    await queryRunner.query(`
            DROP TABLE "application_status_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_applications_job_seeker"
        `);
    await queryRunner.query(`
            DROP TABLE "applications"
        `);
  }
}
