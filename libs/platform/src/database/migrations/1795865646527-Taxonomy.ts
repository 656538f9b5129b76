import { MigrationInterface, QueryRunner } from 'typeorm';

export class Taxonomy1795865646527 implements MigrationInterface {
  name = 'Taxonomy1795865646527';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Occupation autocomplete: accent-insensitive, typo-tolerant matching on a trigram index.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    // unaccent() is only STABLE because it finds its dictionary through search_path; with the dictionary
    // named explicitly the result cannot change, so the wrapper may be IMMUTABLE and used in indexes.
    await queryRunner.query(`
            CREATE FUNCTION public.taxonomy_unaccent(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
        `);
    // Must give the same result as normaliseSearchText() in libs/taxonomy (the e2e test checks every label).
    await queryRunner.query(`
            CREATE FUNCTION public.taxonomy_normalise(text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$
                SELECT btrim(regexp_replace(
                    lower(public.taxonomy_unaccent(regexp_replace($1, '[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]', '', 'g'))),
                    '[^a-z0-9]+', ' ', 'g'))
            $$
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."isco_level" AS ENUM('major', 'sub-major', 'minor', 'unit')
        `);
    await queryRunner.query(`
            CREATE TABLE "isco_groups" (
                "code" character varying(4) NOT NULL,
                "level" "public"."isco_level" NOT NULL,
                "parent_code" character varying(4),
                "label_en" text NOT NULL,
                "label_nl" text,
                CONSTRAINT "PK_524ce5a0792eb4164cae391a52d" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_isco_groups_parent_code" ON "isco_groups" ("parent_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "skill_isco_groups" (
                "skill_id" character varying(80) NOT NULL,
                "isco_code" character varying(4) NOT NULL,
                CONSTRAINT "PK_a8db3df2d68a09a9b6cb08cac75" PRIMARY KEY ("skill_id", "isco_code")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_skill_isco_groups_isco_code" ON "skill_isco_groups" ("isco_code")
        `);
    await queryRunner.query(`
            CREATE TABLE "skills" (
                "id" character varying(80) NOT NULL,
                "name_nl" text NOT NULL,
                "name_en" text NOT NULL,
                CONSTRAINT "PK_0d3212120f4ecedf90864d7e298" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "occupations" (
                "id" uuid NOT NULL,
                "esco_code" character varying(32) NOT NULL,
                "isco_code" character varying(4) NOT NULL,
                "preferred_label" text NOT NULL,
                "alt_labels" text array NOT NULL,
                CONSTRAINT "PK_0bf09083dd897df1e8ebb96b5c1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_occupations_esco_code" ON "occupations" ("esco_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_occupations_isco_code" ON "occupations" ("isco_code")
        `);
    await queryRunner.query(`
            CREATE TYPE "public"."occupation_label_kind" AS ENUM('preferred', 'synonym', 'alternative')
        `);
    await queryRunner.query(`
            CREATE TABLE "occupation_labels" (
                "occupation_id" uuid NOT NULL,
                "label" text NOT NULL,
                "normalised" text NOT NULL,
                "kind" "public"."occupation_label_kind" NOT NULL,
                "weight" smallint NOT NULL,
                CONSTRAINT "PK_d22071ba5c5b7fc2c6a69f1ee8d" PRIMARY KEY ("occupation_id", "label")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "isco_groups"
            ADD CONSTRAINT "FK_1c25b1e846127f85e6745f3720a" FOREIGN KEY ("parent_code") REFERENCES "isco_groups"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "skill_isco_groups"
            ADD CONSTRAINT "FK_2aba033fd03b81865ab90f90c5b" FOREIGN KEY ("skill_id") REFERENCES "skills"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "skill_isco_groups"
            ADD CONSTRAINT "FK_e7feaad45ef4d49686444cd5b4e" FOREIGN KEY ("isco_code") REFERENCES "isco_groups"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "occupations"
            ADD CONSTRAINT "FK_13a5d5039c55e58f04a383087f0" FOREIGN KEY ("isco_code") REFERENCES "isco_groups"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_labels"
            ADD CONSTRAINT "FK_29a457b9b291741f333354f8da1" FOREIGN KEY ("occupation_id") REFERENCES "occupations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_occupation_labels_normalised_trgm" ON "occupation_labels" USING gin ("normalised" gin_trgm_ops)
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_occupation_labels_normalised_trgm"
        `);
    await queryRunner.query(`
            ALTER TABLE "occupation_labels" DROP CONSTRAINT "FK_29a457b9b291741f333354f8da1"
        `);
    await queryRunner.query(`
            ALTER TABLE "occupations" DROP CONSTRAINT "FK_13a5d5039c55e58f04a383087f0"
        `);
    await queryRunner.query(`
            ALTER TABLE "skill_isco_groups" DROP CONSTRAINT "FK_e7feaad45ef4d49686444cd5b4e"
        `);
    await queryRunner.query(`
            ALTER TABLE "skill_isco_groups" DROP CONSTRAINT "FK_2aba033fd03b81865ab90f90c5b"
        `);
    await queryRunner.query(`
            ALTER TABLE "isco_groups" DROP CONSTRAINT "FK_1c25b1e846127f85e6745f3720a"
        `);
    await queryRunner.query(`
            DROP TABLE "occupation_labels"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."occupation_label_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_occupations_isco_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_occupations_esco_code"
        `);
    await queryRunner.query(`
            DROP TABLE "occupations"
        `);
    await queryRunner.query(`
            DROP TABLE "skills"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_skill_isco_groups_isco_code"
        `);
    await queryRunner.query(`
            DROP TABLE "skill_isco_groups"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_isco_groups_parent_code"
        `);
    await queryRunner.query(`
            DROP TABLE "isco_groups"
        `);
    await queryRunner.query(`
            DROP TYPE "public"."isco_level"
        `);
    await queryRunner.query(`DROP FUNCTION public.taxonomy_normalise(text)`);
    await queryRunner.query(`DROP FUNCTION public.taxonomy_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
