import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vacancies and internship offers with their status history, and the outbox the search index will read
 * (issue #4, parts 3 and 6). Only these tables: the Werkpunten' caseloads are in their own migration.
 */
export class Vacancies1795871246058 implements MigrationInterface {
  name = 'Vacancies1795871246058';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "outbox_events" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "aggregate_type" text NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "aggregate_version" integer NOT NULL,
                "change" text NOT NULL,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_outbox_events_change" CHECK ("change" IN ('upsert', 'delete')),
                CONSTRAINT "CHK_outbox_events_aggregate_type" CHECK (
                    "aggregate_type" IN ('vacancy', 'job_seeker_profile')
                ),
                CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_outbox_events_aggregate" ON "outbox_events" ("aggregate_type", "aggregate_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "vacancies" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "kind" character varying(20) NOT NULL,
                "organisation_id" uuid NOT NULL,
                "site_id" uuid NOT NULL,
                "neighbourhood_id" integer,
                "title" character varying(150) NOT NULL,
                "description" text NOT NULL,
                "occupation_id" uuid NOT NULL,
                "isco_code" character varying(4) NOT NULL,
                "shortage" boolean NOT NULL,
                "required_skill_ids" character varying(80) array NOT NULL,
                "nice_to_have_skill_ids" character varying(80) array NOT NULL,
                "minimum_education" character varying(4) NOT NULL,
                "dutch_level" character varying(2),
                "other_languages" jsonb NOT NULL,
                "driving_licences" character varying(3) array NOT NULL,
                "hours_per_week_min" smallint NOT NULL,
                "hours_per_week_max" smallint NOT NULL,
                "shifts" character varying(10) array NOT NULL,
                "contract_type" character varying(30) NOT NULL,
                "programme" character varying(20) NOT NULL,
                "positions" smallint NOT NULL,
                "start_date" date,
                "closing_date" date,
                "remote_share_percent" smallint NOT NULL DEFAULT '0',
                "status" character varying(20) NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_vacancies_published_at" CHECK (("status" = 'draft') = ("published_at" IS NULL)),
                CONSTRAINT "CHK_vacancies_positions" CHECK ("positions" >= 1),
                CONSTRAINT "CHK_vacancies_remote_share" CHECK (
                    "remote_share_percent" BETWEEN 0 AND 100
                ),
                CONSTRAINT "CHK_vacancies_hours" CHECK (
                    "hours_per_week_min" >= 1
                    AND "hours_per_week_min" <= "hours_per_week_max"
                    AND "hours_per_week_max" <= 60
                ),
                CONSTRAINT "CHK_vacancies_driving_licences" CHECK (
                    "driving_licences" <@ ARRAY ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D']::varchar []
                ),
                CONSTRAINT "CHK_vacancies_shifts" CHECK (
                    "shifts" <@ ARRAY ['day', 'evening', 'night', 'weekend']::varchar []
                ),
                CONSTRAINT "CHK_vacancies_minimum_education" CHECK (
                    "minimum_education" IN ('none', 'low', 'mid', 'high')
                ),
                CONSTRAINT "CHK_vacancies_programme" CHECK (
                    "programme" IN (
                        'regular',
                        'instapstage',
                        'artikel_60',
                        'ibo',
                        'werkervaring',
                        'brugproject',
                        'internship'
                    )
                ),
                CONSTRAINT "CHK_vacancies_contract_type" CHECK (
                    "contract_type" IN (
                        'permanent',
                        'fixed_term',
                        'interim',
                        'student',
                        'flexi',
                        'internship_agreement'
                    )
                ),
                CONSTRAINT "CHK_vacancies_status" CHECK (
                    "status" IN (
                        'draft',
                        'published',
                        'paused',
                        'filled',
                        'closed',
                        'expired'
                    )
                ),
                CONSTRAINT "CHK_vacancies_kind" CHECK ("kind" IN ('vacancy', 'internship')),
                CONSTRAINT "PK_3b45154a366568190cc15be2906" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_organisation" ON "vacancies" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_site" ON "vacancies" ("site_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_neighbourhood" ON "vacancies" ("neighbourhood_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_occupation" ON "vacancies" ("occupation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_isco_code" ON "vacancies" ("isco_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_status_closing_date" ON "vacancies" ("status", "closing_date", "id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancies_status_published_at" ON "vacancies" ("status", "published_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "vacancy_status_changes" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "vacancy_id" uuid NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20) NOT NULL,
                "actor_account_id" uuid,
                "actor_role" character varying(20) NOT NULL,
                "reason" text,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "CHK_vacancy_status_changes_system_actor" CHECK (
                    "actor_role" <> 'system'
                    OR "actor_account_id" IS NULL
                ),
                CONSTRAINT "CHK_vacancy_status_changes_to" CHECK (
                    "to_status" IN (
                        'draft',
                        'published',
                        'paused',
                        'filled',
                        'closed',
                        'expired'
                    )
                ),
                CONSTRAINT "CHK_vacancy_status_changes_from" CHECK (
                    "from_status" IS NULL
                    OR "from_status" IN (
                        'draft',
                        'published',
                        'paused',
                        'filled',
                        'closed',
                        'expired'
                    )
                ),
                CONSTRAINT "PK_fec7c94abea91900747f9759fb7" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancy_status_changes_actor" ON "vacancy_status_changes" ("actor_account_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_vacancy_status_changes_vacancy" ON "vacancy_status_changes" ("vacancy_id", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_vacancies_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_vacancies_site" FOREIGN KEY ("site_id") REFERENCES "organisation_sites"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_vacancies_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies"
            ADD CONSTRAINT "FK_vacancies_occupation" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancy_status_changes"
            ADD CONSTRAINT "FK_vacancy_status_changes_vacancy" FOREIGN KEY ("vacancy_id") REFERENCES "vacancies"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "vacancy_status_changes" DROP CONSTRAINT "FK_vacancy_status_changes_vacancy"
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_vacancies_occupation"
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_vacancies_neighbourhood"
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_vacancies_site"
        `);
    await queryRunner.query(`
            ALTER TABLE "vacancies" DROP CONSTRAINT "FK_vacancies_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancy_status_changes_vacancy"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancy_status_changes_actor"
        `);
    await queryRunner.query(`
            DROP TABLE "vacancy_status_changes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_status_published_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_status_closing_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_isco_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_occupation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_neighbourhood"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_site"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_vacancies_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "vacancies"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_outbox_events_aggregate"
        `);
    await queryRunner.query(`
            DROP TABLE "outbox_events"
        `);
  }
}
