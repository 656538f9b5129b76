// Employers (issue 4, point 2): organisations and their sites. No foreign key from identity's
// organisation_memberships.organisation_id to organisations(id) yet: identity's tests and test utilities
// (test/utils/policy-personas.ts, data-rights e2e) write memberships with made-up organisation ids.
import { MigrationInterface, QueryRunner } from 'typeorm';

export class Employers1795870136068 implements MigrationInterface {
  name = 'Employers1795870136068';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "organisation_sites" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organisation_id" uuid NOT NULL,
                "name" character varying(150) NOT NULL,
                "street_address" character varying(200) NOT NULL,
                "postcode" character varying(4) NOT NULL,
                "lat" double precision,
                "lon" double precision,
                "neighbourhood_id" integer,
                "located_by" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_organisation_sites_wijk_matches_located_by" CHECK (
                    ("neighbourhood_id" IS NULL) = ("located_by" = 'outside_ghent')
                ),
                CONSTRAINT "CHK_organisation_sites_located_by" CHECK (
                    "located_by" IN ('point', 'postcode', 'outside_ghent')
                ),
                CONSTRAINT "CHK_organisation_sites_coordinates_pair" CHECK (("lat" IS NULL) = ("lon" IS NULL)),
                CONSTRAINT "CHK_organisation_sites_postcode" CHECK ("postcode" ~ '^[1-9][0-9]{3}$'),
                CONSTRAINT "PK_563c5579d95e15e61836a2dfc3c" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_organisation_sites_organisation" ON "organisation_sites" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_organisation_sites_neighbourhood" ON "organisation_sites" ("neighbourhood_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "legal_name" character varying(200) NOT NULL,
                "trading_name" character varying(200),
                "enterprise_number" character(10) NOT NULL,
                "nace_code" character varying(6) NOT NULL,
                "social_economy" boolean NOT NULL DEFAULT false,
                "sector_tables" text array NOT NULL DEFAULT '{}',
                "website" character varying(300),
                "email" character varying(254),
                "phone" character varying(32),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_organisations_email_lower_case" CHECK ("email" = lower("email")),
                CONSTRAINT "CHK_organisations_sector_tables" CHECK (
                    "sector_tables" <@ ARRAY ['zorg', 'metaal', 'bouw', 'dienstencheques', 'haven']::text []
                ),
                CONSTRAINT "CHK_organisations_nace_code" CHECK ("nace_code" ~ '^[0-9]{2}\\.[0-9]{2,3}$'),
                CONSTRAINT "CHK_organisations_enterprise_number" CHECK ("enterprise_number" ~ '^[01][0-9]{9}$'),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_organisations_enterprise_number" ON "organisations" ("enterprise_number")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_organisations_nace_code" ON "organisations" ("nace_code")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sites"
            ADD CONSTRAINT "FK_organisation_sites_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sites"
            ADD CONSTRAINT "FK_organisation_sites_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "organisation_sites" DROP CONSTRAINT "FK_organisation_sites_neighbourhood"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_sites" DROP CONSTRAINT "FK_organisation_sites_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_organisations_nace_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_organisations_enterprise_number"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_organisation_sites_neighbourhood"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_organisation_sites_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_sites"
        `);
  }
}
