import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data rights (issue #3, parts 6 and 7): erased accounts keep their row with ids only (status 'erased',
 * when, and a reason code), the inactivity warning is remembered, and the audit log gets the purpose
 * 'retention' for erasures by the inactivity rule.
 */
export class DataRights1795869328494 implements MigrationInterface {
  name = 'DataRights1795869328494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "accounts" ADD "inactivity_warned_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "accounts" ADD "erasure_reason" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "CHK_accounts_status"`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "CHK_accounts_status" CHECK ("status" IN ('active', 'deactivated', 'erased'))`,
    );
    // Appending a value leaves the (append-only, possibly large) audit_log table as it is: no rewrite.
    await queryRunner.query(`ALTER TYPE "public"."audit_purpose" ADD VALUE IF NOT EXISTS 'retention'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // PostgreSQL cannot drop an enum value: rebuild the type without it (fails while rows use it).
    await queryRunner.query(`ALTER TYPE "public"."audit_purpose" RENAME TO "audit_purpose_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."audit_purpose" AS ENUM('caseload', 'matching', 'application', 'consent', 'admin-support', 'data-rights')`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_log" ALTER COLUMN "purpose" TYPE "public"."audit_purpose" USING "purpose"::"text"::"public"."audit_purpose"`,
    );
    await queryRunner.query(`DROP TYPE "public"."audit_purpose_old"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP CONSTRAINT "CHK_accounts_status"`);
    await queryRunner.query(
      `ALTER TABLE "accounts" ADD CONSTRAINT "CHK_accounts_status" CHECK ("status" IN ('active', 'deactivated'))`,
    );
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "erasure_reason"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "inactivity_warned_at"`);
  }
}
