import { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientHomeWerkpunt1795868929896 implements MigrationInterface {
  name = 'ClientHomeWerkpunt1795868929896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "accounts"
            ADD "home_werkpunt_id" uuid
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_accounts_home_werkpunt" ON "accounts" ("home_werkpunt_id")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_accounts_home_werkpunt"
        `);
    await queryRunner.query(`
            ALTER TABLE "accounts" DROP COLUMN "home_werkpunt_id"
        `);
  }
}
