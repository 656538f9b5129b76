import { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchSyncAndRankings1795874500000 implements MigrationInterface {
  name = 'SearchSyncAndRankings1795874500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "search_sync_cursors" (
                "name" text NOT NULL,
                "last_event_id" bigint NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_search_sync_cursors" PRIMARY KEY ("name")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "search_sync_failures" (
                "aggregate_type" text NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "event_id" bigint NOT NULL,
                "attempts" integer NOT NULL,
                "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "last_error" text NOT NULL,
                CONSTRAINT "PK_search_sync_failures" PRIMARY KEY ("aggregate_type", "aggregate_id")
            )
        `);
    await queryRunner.query(
      `CREATE INDEX "IDX_search_sync_failures_next_attempt" ON "search_sync_failures" ("next_attempt_at") `,
    );
    await queryRunner.query(`
            CREATE TABLE "ranking_records" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "kind" text NOT NULL,
                "requested_by" uuid,
                "requester_role" text,
                "subject_account_id" uuid,
                "subject_vacancy_id" uuid,
                "inputs" jsonb NOT NULL,
                "weights" jsonb NOT NULL,
                "results" jsonb NOT NULL,
                "override_order" jsonb,
                "override_reason" text,
                "overridden_by" uuid,
                "overridden_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_ranking_records_override" CHECK (("override_order" IS NULL) = ("overridden_by" IS NULL)),
                CONSTRAINT "CHK_ranking_records_kind" CHECK (
                    "kind" IN ('vacancies-for-seeker', 'candidates-for-vacancy', 'vacancy-search')
                ),
                CONSTRAINT "PK_ranking_records" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "IDX_ranking_records_created_at" ON "ranking_records" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_ranking_records_requested_by" ON "ranking_records" ("requested_by") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_ranking_records_subject_account" ON "ranking_records" ("subject_account_id") `,
    );
    // The sync starts as soon as an outbox row commits: NOTIFY is delivered at commit, never before.
    await queryRunner.query(`
            CREATE FUNCTION public.outbox_events_notify() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('outbox_events', '');
                RETURN NULL;
            END
            $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events"
            FOR EACH STATEMENT EXECUTE FUNCTION public.outbox_events_notify()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "outbox_events_notify" ON "outbox_events"`);
    await queryRunner.query(`DROP FUNCTION public.outbox_events_notify()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ranking_records_subject_account"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ranking_records_requested_by"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ranking_records_created_at"`);
    await queryRunner.query(`DROP TABLE "ranking_records"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_search_sync_failures_next_attempt"`);
    await queryRunner.query(`DROP TABLE "search_sync_failures"`);
    await queryRunner.query(`DROP TABLE "search_sync_cursors"`);
  }
}
