import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Filters, sorts and facets read a small copy of the filterable and sortable values (`attributes`) instead of
 * the body. A vacancy's body is large enough to be stored out of line (TOAST), and every `body -> field` read it
 * whole again: a search with five facets over the 18,854 vacancies of one occupation group made 505,000 buffer
 * reads and took 315 ms before its first row was counted. The engine writes the column with every upsert;
 * here it is filled from the bodies and each index's stored definition.
 */
export class SearchDocumentAttributes1795879000000 implements MigrationInterface {
  name = 'SearchDocumentAttributes1795879000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" ADD "attributes" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `UPDATE search_documents d
          SET attributes = COALESCE((
                SELECT jsonb_object_agg(f.name, d.body -> f.name)
                  FROM search_indexes i,
                       jsonb_array_elements_text(i.definition -> 'filterableFields'
                                                 || (i.definition -> 'sortableFields')
                                                 || COALESCE(jsonb_path_query_array(i.definition, '$.tieBreakers[*].field'), '[]'))
                         AS f(name)
                 WHERE i.name = d.index_name AND d.body ? f.name), '{}')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "search_documents" DROP COLUMN "attributes"`);
  }
}
