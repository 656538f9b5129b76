import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster matching retrieval (measured on 100,000 vacancies + 200,000 profiles): eq / in filters test a small
 * `tags` array instead of the jsonb body, and a GiST index on (index, planar point) walks documents
 * nearest-first so a page of the nearest stops early. Existing documents get their tags from a reindex
 * (`npm run reindex`); until then eq / in filters do not find them.
 */
export class SearchDocumentTagsAndNearest1795875000000 implements MigrationInterface {
  name = 'SearchDocumentTagsAndNearest1795875000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public`);
    await queryRunner.query(`ALTER TABLE "search_documents" ADD "tags" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`CREATE INDEX "IDX_search_documents_tags" ON "search_documents" USING gin ("tags")`);
    // Containment on the body served eq / in before the tags did; every write paid for it.
    await queryRunner.query(`DROP INDEX "public"."IDX_search_documents_body"`);
    // 0.6287 = cos(51.05°), Ghent's latitude: see pageStatement in libs/search.
    await queryRunner.query(`
            CREATE INDEX "IDX_search_documents_nearest" ON "search_documents"
            USING gist ("index_name", point("lng" * 0.6287, "lat"))
            WHERE "lat" IS NOT NULL AND "lng" IS NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_search_documents_nearest"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_documents_body" ON "search_documents" USING gin ("body" jsonb_path_ops)`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_search_documents_tags"`);
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "tags"`);
  }
}
