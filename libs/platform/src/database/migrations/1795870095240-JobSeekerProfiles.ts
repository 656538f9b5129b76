import { MigrationInterface, QueryRunner } from 'typeorm';

export class JobSeekerProfiles1795870095240 implements MigrationInterface {
  name = 'JobSeekerProfiles1795870095240';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "job_seeker_profiles" (
                "account_id" uuid NOT NULL,
                "desired_occupations" jsonb NOT NULL,
                "skill_ids" character varying(80) array NOT NULL,
                "education_level" character varying(4) NOT NULL,
                "diploma_title" character varying(200),
                "diploma_country" character(2),
                "diploma_recognition" character varying(12) NOT NULL,
                "dutch_level" character varying(2),
                "other_languages" jsonb NOT NULL,
                "driving_licences" character varying(3) array NOT NULL,
                "transport_modes" character varying(20) array NOT NULL,
                "max_commute_minutes" smallint,
                "max_commute_km" smallint,
                "hours_per_week_min" smallint NOT NULL,
                "hours_per_week_max" smallint NOT NULL,
                "shifts" character varying(10) array NOT NULL,
                "available_from" date,
                "home_neighbourhood_id" integer NOT NULL,
                "street_address" character varying(200),
                "postcode" character varying(4),
                "date_of_birth" date,
                "registered_since" date,
                "living_wage_client" boolean NOT NULL,
                "in_artikel60" boolean NOT NULL,
                "work_disability" boolean,
                "availability" character varying(10) NOT NULL,
                "last_change_source" character varying(20) NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_job_seeker_profiles_version" CHECK ("version" >= 1),
                CONSTRAINT "CHK_job_seeker_profiles_postcode" CHECK ("postcode" ~ '^[1-9][0-9]{3}$'),
                CONSTRAINT "CHK_job_seeker_profiles_address_pair" CHECK (
                    ("street_address" IS NULL) = ("postcode" IS NULL)
                ),
                CONSTRAINT "CHK_job_seeker_profiles_hours" CHECK (
                    "hours_per_week_min" >= 1
                    AND "hours_per_week_min" <= "hours_per_week_max"
                    AND "hours_per_week_max" <= 60
                ),
                CONSTRAINT "CHK_job_seeker_profiles_commute" CHECK (
                    "max_commute_minutes" IS NOT NULL
                    OR "max_commute_km" IS NOT NULL
                ),
                CONSTRAINT "CHK_job_seeker_profiles_change_source" CHECK (
                    "last_change_source" IN ('self', 'mediator_on_behalf')
                ),
                CONSTRAINT "CHK_job_seeker_profiles_availability" CHECK (
                    "availability" IN ('active', 'paused', 'found_work')
                ),
                CONSTRAINT "CHK_job_seeker_profiles_shifts" CHECK (
                    "shifts" <@ ARRAY ['day', 'evening', 'night', 'weekend']::varchar []
                ),
                CONSTRAINT "CHK_job_seeker_profiles_transport_modes" CHECK (
                    "transport_modes" <@ ARRAY ['walk', 'bike', 'e_bike', 'public_transport', 'car', 'moped']::varchar []
                ),
                CONSTRAINT "CHK_job_seeker_profiles_driving_licences" CHECK (
                    "driving_licences" <@ ARRAY ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D']::varchar []
                ),
                CONSTRAINT "CHK_job_seeker_profiles_dutch_level" CHECK (
                    "dutch_level" IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')
                ),
                CONSTRAINT "CHK_job_seeker_profiles_diploma_recognition" CHECK (
                    "diploma_recognition" IN ('not_needed', 'in_progress', 'recognised')
                ),
                CONSTRAINT "CHK_job_seeker_profiles_education_level" CHECK ("education_level" IN ('low', 'mid', 'high')),
                CONSTRAINT "PK_e673953e01ffc7aacc447811bb0" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_job_seeker_profiles_neighbourhood" ON "job_seeker_profiles" ("home_neighbourhood_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "job_seeker_profiles"
            ADD CONSTRAINT "FK_job_seeker_profiles_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "job_seeker_profiles"
            ADD CONSTRAINT "FK_job_seeker_profiles_neighbourhood" FOREIGN KEY ("home_neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "job_seeker_profiles" DROP CONSTRAINT "FK_job_seeker_profiles_neighbourhood"
        `);
    await queryRunner.query(`
            ALTER TABLE "job_seeker_profiles" DROP CONSTRAINT "FK_job_seeker_profiles_account"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_job_seeker_profiles_neighbourhood"
        `);
    await queryRunner.query(`
            DROP TABLE "job_seeker_profiles"
        `);
  }
}
