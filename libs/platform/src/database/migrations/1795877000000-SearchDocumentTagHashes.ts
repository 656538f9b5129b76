import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filter tags as 64-bit hashes instead of `field=value` text (issue #5's 50 ms target). The tags ride in the
 * nearest-first GiST indexes (INCLUDE) so the walk never reads the wide rows; as text they were ~530 bytes a
 * document and made the vacancies' GiST 186 MB, more than shared_buffers, so the walk read it from disk.
 * Twenty hashes are 184 bytes. `search_tag_hash` is the first 64 bits of md5, as in filter-tags.ts: the
 * engine hashes a query's tags itself, so the planner sees constants and uses the tags' statistics.
 * The tags GIN becomes one per hot index (and one for the rest): a rare filter's bitmap then holds only that
 * index's documents, not the profiles that carry the same occupation tag.
 * Autovacuum runs after 2 % of the table changed, not 20 %: the nearest-first walk is index-only only on
 * pages the visibility map calls all-visible (measured: p95 of the retrieval 93 ms before a vacuum, 43 after).
 */
export class SearchDocumentTagHashes1795877000000 implements MigrationInterface {
  name = 'SearchDocumentTagHashes1795877000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION public.search_tag_hash(tag text) RETURNS bigint
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT ('x' || left(md5(tag), 16))::bit(64)::bigint $$`,
    );
    // A USING clause cannot hold a subquery; a function can.
    await queryRunner.query(
      `CREATE FUNCTION public.search_tag_hashes(tags text[]) RETURNS bigint[]
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT COALESCE(array_agg(public.search_tag_hash(t)), '{}') FROM unnest(tags) AS t $$`,
    );
    await this.dropTagIndexes(queryRunner);
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "tags" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "search_documents" ALTER COLUMN "tags" TYPE bigint[] USING public.search_tag_hashes("tags")`,
    );
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "tags" SET DEFAULT '{}'`);
    await this.createTagIndexes(queryRunner, true);
    await queryRunner.query(
      `ALTER TABLE "search_documents" SET (autovacuum_vacuum_scale_factor = 0.02,
         autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "search_documents" RESET (autovacuum_vacuum_scale_factor,
         autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)`,
    );
    await this.dropTagIndexes(queryRunner);
    // Hashes cannot be turned back into text: the tags are emptied; `npm run reindex` writes them again.
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "tags" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "tags" TYPE text[] USING '{}'::text[]`);
    await queryRunner.query(`ALTER TABLE "search_documents" ALTER COLUMN "tags" SET DEFAULT '{}'`);
    await this.createTagIndexes(queryRunner, false);
    await queryRunner.query(`DROP FUNCTION public.search_tag_hashes(text[])`);
    await queryRunner.query(`DROP FUNCTION public.search_tag_hash(text)`);
  }

  private async dropTagIndexes(queryRunner: QueryRunner): Promise<void> {
    for (const name of [...NEAREST.map(([, sqlName]) => sqlName), ...TAGS_GIN.map(([, sqlName]) => sqlName)]) {
      await queryRunner.query(`DROP INDEX IF EXISTS "public"."${name}"`);
    }
    await queryRunner.query(`DROP INDEX IF EXISTS "public"."IDX_search_documents_tags"`);
  }

  private async createTagIndexes(queryRunner: QueryRunner, perIndex: boolean): Promise<void> {
    for (const [indexName, sqlName] of NEAREST) {
      await queryRunner.query(
        `CREATE INDEX "${sqlName}" ON "search_documents" USING gist (point(lng * 0.6287, lat))
           INCLUDE (id, lat, lng, tags)
           WHERE index_name = '${indexName}' AND lat IS NOT NULL AND lng IS NOT NULL`,
      );
    }
    if (!perIndex) {
      await queryRunner.query(`CREATE INDEX "IDX_search_documents_tags" ON "search_documents" USING gin ("tags")`);
      return;
    }
    for (const [indexName, sqlName] of TAGS_GIN) {
      await queryRunner.query(
        `CREATE INDEX "${sqlName}" ON "search_documents" USING gin ("tags") WHERE index_name = '${indexName}'`,
      );
    }
    await queryRunner.query(
      `CREATE INDEX "IDX_search_documents_tags" ON "search_documents" USING gin ("tags")
         WHERE index_name NOT IN (${TAGS_GIN.map(([indexName]) => `'${indexName}'`).join(', ')})`,
    );
  }
}

const NEAREST = [
  ['vacancies', 'IDX_search_documents_vacancies_nearest'],
  ['job_seeker_profiles', 'IDX_search_documents_profiles_nearest'],
] as const;

const TAGS_GIN = [
  ['vacancies', 'IDX_search_documents_vacancies_tags'],
  ['job_seeker_profiles', 'IDX_search_documents_profiles_tags'],
] as const;
