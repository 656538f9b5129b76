import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Typo tolerance from a vocabulary instead of a trigram index over every document's text. The trigram GIN on
 * `search_documents.search_text` cost 21 of the 53 s of a 100,000-vacancy reindex (measured by dropping it),
 * and a typo still took seconds: "schoonmaakr" is close to 19,000 documents, each compared one by one.
 * `search_words` holds each index's distinct words (a few thousand for 100,000 vacancies); the engine
 * corrects a query word there first ("schoonmaakr" → "schoonmaker") and then runs the ordinary full-text
 * search. The upsert adds the words of what it writes; the synonyms of an index are in it too.
 */
export class SearchWords1795878000000 implements MigrationInterface {
  name = 'SearchWords1795878000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_words" ("index_name" text NOT NULL, "word" text NOT NULL,
         CONSTRAINT "PK_search_words" PRIMARY KEY ("index_name", "word"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_search_words_word_trgm" ON "search_words" USING gin ("word" gin_trgm_ops)`,
    );
    await queryRunner.query(
      `INSERT INTO search_words (index_name, word)
       SELECT DISTINCT d.index_name, w.word
         FROM search_documents d, regexp_split_to_table(d.search_text, '[^[:alnum:]]+') AS w(word)
        WHERE length(w.word) BETWEEN 3 AND 40`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_search_documents_search_text_trgm"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_search_documents_search_text_trgm" ON "search_documents" USING gin ("search_text" gin_trgm_ops)`,
    );
    await queryRunner.query(`DROP TABLE "search_words"`);
  }
}
