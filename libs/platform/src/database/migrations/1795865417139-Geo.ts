import { MigrationInterface, QueryRunner } from 'typeorm';

export class Geo1795865417139 implements MigrationInterface {
  name = 'Geo1795865417139';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "sub_municipalities" (
                "code" text NOT NULL,
                "name" text NOT NULL,
                "postcode" text NOT NULL,
                "lat" double precision NOT NULL,
                "lon" double precision NOT NULL,
                CONSTRAINT "PK_e1489a6db7284c818798809f276" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_sub_municipalities_postcode" ON "sub_municipalities" ("postcode")
        `);
    await queryRunner.query(`
            CREATE TABLE "neighbourhoods" (
                "id" integer NOT NULL,
                "name" text NOT NULL,
                "district" text NOT NULL,
                "centroid_lat" double precision NOT NULL,
                "centroid_lon" double precision NOT NULL,
                "area_km2" double precision NOT NULL,
                "bbox_min_lon" double precision NOT NULL,
                "bbox_min_lat" double precision NOT NULL,
                "bbox_max_lon" double precision NOT NULL,
                "bbox_max_lat" double precision NOT NULL,
                "polygon" jsonb NOT NULL,
                "postcodes" text array NOT NULL,
                "primary_postcode" text NOT NULL,
                "statistical_sector_count" integer NOT NULL,
                CONSTRAINT "UQ_aa9a2672d949fa2d9c1d5e92d08" UNIQUE ("name"),
                CONSTRAINT "PK_b38b737170a483f9c4a3087af64" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "postcode_neighbourhoods" (
                "postcode" text NOT NULL,
                "neighbourhood_id" integer NOT NULL,
                "sector_count" integer NOT NULL,
                CONSTRAINT "PK_c3330bcc570e1162b37e1ba49e4" PRIMARY KEY ("postcode", "neighbourhood_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "neighbourhood_adjacencies" (
                "neighbourhood_id" integer NOT NULL,
                "neighbour_id" integer NOT NULL,
                "shared_border_m" integer NOT NULL,
                CONSTRAINT "CHK_neighbourhood_adjacencies_not_self" CHECK ("neighbourhood_id" <> "neighbour_id"),
                CONSTRAINT "PK_818fb1ed6796487a32cd373da96" PRIMARY KEY ("neighbourhood_id", "neighbour_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "postcode_neighbourhoods"
            ADD CONSTRAINT "FK_72ae6cddbe368f6bf6e901b230b" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_adjacencies"
            ADD CONSTRAINT "FK_1b8bbc44c8547288848b2951a6e" FOREIGN KEY ("neighbourhood_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_adjacencies"
            ADD CONSTRAINT "FK_849017f94c4a4392b342e689048" FOREIGN KEY ("neighbour_id") REFERENCES "neighbourhoods"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_adjacencies" DROP CONSTRAINT "FK_849017f94c4a4392b342e689048"
        `);
    await queryRunner.query(`
            ALTER TABLE "neighbourhood_adjacencies" DROP CONSTRAINT "FK_1b8bbc44c8547288848b2951a6e"
        `);
    await queryRunner.query(`
            ALTER TABLE "postcode_neighbourhoods" DROP CONSTRAINT "FK_72ae6cddbe368f6bf6e901b230b"
        `);
    await queryRunner.query(`
            DROP TABLE "neighbourhood_adjacencies"
        `);
    await queryRunner.query(`
            DROP TABLE "postcode_neighbourhoods"
        `);
    await queryRunner.query(`
            DROP TABLE "neighbourhoods"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sub_municipalities_postcode"
        `);
    await queryRunner.query(`
            DROP TABLE "sub_municipalities"
        `);
  }
}
