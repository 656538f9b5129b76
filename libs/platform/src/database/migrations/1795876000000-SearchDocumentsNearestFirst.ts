import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Nearest-first retrieval for matching (issue #5's 50 / 100 ms targets). One GiST per hot index over the
 * planar point the engine orders by (postgres-search-sql.ts, GHENT_LNG_SCALE), partial on that index's
 * documents so a walk for vacancies never wades through the 150,000 profiles sitting on 25 wijk centres
 * (why the one-index attempt of SearchDocumentTags was dropped). INCLUDE carries what the filters read, so
 * the walk is an index-only scan: the wide rows (body, tsv) are read for the page alone. The engine writes
 * `index_name` as a literal so the planner can match the partial predicate. Other indexes keep working
 * through the tags index.
 * The (index_name, lat, lng) btree goes: no service searches a radius with text (where it served), and the
 * planner ANDed it, unselective as it is, into bitmaps for nearest-first queries (rows 100,000 of 100,000).
 * For the same reason the primary key becomes (id, index_name): led by index_name it was ANDed into bitmaps for
 * every literal index name (100,000 entries read to learn "all vacancies"); lookups give both columns anyway.
 */
export class SearchDocumentsNearestFirst1795876000000 implements MigrationInterface {
  name = 'SearchDocumentsNearestFirst1795876000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [indexName, sqlName] of INDEXES) {
      await queryRunner.query(
        `CREATE INDEX "${sqlName}" ON "search_documents" USING gist (point(lng * 0.6287, lat))
           INCLUDE (id, lat, lng, tags)
           WHERE index_name = '${indexName}' AND lat IS NOT NULL AND lng IS NOT NULL`,
      );
    }
    await queryRunner.query(`DROP INDEX "public"."IDX_search_documents_lat_lng"`);
    await queryRunner.query(
      `ALTER TABLE "search_documents" DROP CONSTRAINT "PK_8a42bb6aed43a50f0e364de98bf",
         ADD CONSTRAINT "PK_8a42bb6aed43a50f0e364de98bf" PRIMARY KEY ("id", "index_name")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "search_documents" DROP CONSTRAINT "PK_8a42bb6aed43a50f0e364de98bf",
         ADD CONSTRAINT "PK_8a42bb6aed43a50f0e364de98bf" PRIMARY KEY ("index_name", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_documents_lat_lng" ON "search_documents" ("index_name", "lat", "lng")`,
    );
    for (const [, sqlName] of INDEXES) await queryRunner.query(`DROP INDEX "public"."${sqlName}"`);
  }
}

const INDEXES = [
  ['vacancies', 'IDX_search_documents_vacancies_nearest'],
  ['job_seeker_profiles', 'IDX_search_documents_profiles_nearest'],
] as const;
