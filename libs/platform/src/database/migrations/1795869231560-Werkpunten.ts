import { MigrationInterface, QueryRunner } from 'typeorm';

export class Werkpunten1795869231560 implements MigrationInterface {
  name = 'Werkpunten1795869231560';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "werkpunten" (
                "id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "host" character varying(150),
                "street_address" character varying(200),
                "postcode" character varying(4) NOT NULL,
                "neighbourhood_id" integer NOT NULL,
                "lat" double precision,
                "lon" double precision,
                "opening_hours" jsonb NOT NULL DEFAULT '[]',
                "phone" character varying(32),
                "email" character varying(254),
                "status" character varying(20) NOT NULL,
                "notes" text,
                CONSTRAINT "CHK_werkpunten_email_lower_case" CHECK ("email" = lower("email")),
                CONSTRAINT "CHK_werkpunten_coordinates_pair" CHECK (("lat" IS NULL) = ("lon" IS NULL)),
                CONSTRAINT "CHK_werkpunten_opening_hours_list" CHECK (jsonb_typeof("opening_hours") = 'array'),
                CONSTRAINT "CHK_werkpunten_postcode" CHECK ("postcode" ~ '^[1-9][0-9]{3}$'),
                CONSTRAINT "CHK_werkpunten_status" CHECK ("status" IN ('planned', 'open')),
                CONSTRAINT "PK_28351a24fcc8f851ba4ca67abf4" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_werkpunten_name" ON "werkpunten" ("name")
        `);
    await queryRunner.query(`
            ALTER TABLE "werkpunten"
            ADD CONSTRAINT "FK_werkpunten_neighbourhood" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "werkpunten" DROP CONSTRAINT "FK_werkpunten_neighbourhood"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_werkpunten_name"
        `);
    await queryRunner.query(`
            DROP TABLE "werkpunten"
        `);
  }
}
