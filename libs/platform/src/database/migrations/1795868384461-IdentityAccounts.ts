import { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts, memberships, sessions and one-time tokens of the identity context (issue #3).
export class IdentityAccounts1795868384461 implements MigrationInterface {
  name = 'IdentityAccounts1795868384461';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // uuid_generate_v4() for the generated ids. TypeORM also installs it on connect, but a migration
    // must work on its own (e.g. run by a role that the app never connects as).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS "uuid-ossp"`);
    // werkpunt_memberships.werkpunt_id and organisation_memberships.organisation_id have no foreign
    // key yet: the werkpunten and organisations tables arrive with later issues, which add them.
    await queryRunner.query(`
            CREATE TABLE "organisation_memberships" (
                "account_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "role" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_organisation_memberships_role" CHECK ("role" IN ('owner', 'recruiter')),
                CONSTRAINT "PK_21a64f0fdcd8e557c886674654b" PRIMARY KEY ("account_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_organisation_memberships_organisation" ON "organisation_memberships" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "werkpunt_memberships" (
                "account_id" uuid NOT NULL,
                "werkpunt_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b67977f86710d6f8e00d9a9304c" PRIMARY KEY ("account_id", "werkpunt_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_werkpunt_memberships_werkpunt" ON "werkpunt_memberships" ("werkpunt_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "accounts" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "role" character varying(20) NOT NULL,
                "email" character varying(254),
                "phone" character varying(32),
                "username" character varying(40),
                "display_name" character varying(100) NOT NULL,
                "preferred_language" character varying(2) NOT NULL DEFAULT 'nl',
                "password_hash" text,
                "status" character varying(20) NOT NULL DEFAULT 'active',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_active_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_accounts_username_lower_case" CHECK ("username" = lower("username")),
                CONSTRAINT "CHK_accounts_email_lower_case" CHECK ("email" = lower("email")),
                CONSTRAINT "CHK_accounts_language" CHECK ("preferred_language" IN ('nl', 'en')),
                CONSTRAINT "CHK_accounts_status" CHECK ("status" IN ('active', 'deactivated')),
                CONSTRAINT "CHK_accounts_role" CHECK (
                    "role" IN ('job_seeker', 'recruiter', 'mediator', 'admin')
                ),
                CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_accounts_email" ON "accounts" ("email")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_accounts_username" ON "accounts" ("username")
        `);
    await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "account_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "revoked_reason" character varying(40),
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_sessions_account" ON "sessions" ("account_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "refresh_tokens" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "session_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_refresh_tokens_session" ON "refresh_tokens" ("session_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_refresh_tokens_token_hash" ON "refresh_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "password_tokens" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "account_id" uuid NOT NULL,
                "purpose" character varying(20) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_password_tokens_purpose" CHECK ("purpose" IN ('reset', 'activation')),
                CONSTRAINT "PK_816120c39410c02dabd34b8672b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_password_tokens_account" ON "password_tokens" ("account_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_password_tokens_token_hash" ON "password_tokens" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "recruiter_invitations" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "organisation_id" uuid NOT NULL,
                "email" character varying(254) NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "invited_by" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a6b91dee83042a6cadfb294183f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_recruiter_invitations_organisation" ON "recruiter_invitations" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_recruiter_invitations_token_hash" ON "recruiter_invitations" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "account_claim_codes" (
                "account_id" uuid NOT NULL,
                "code_hash" character varying(64) NOT NULL,
                "created_by" uuid NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5df5130c1326c7b20ab1bff7748" PRIMARY KEY ("account_id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_account_claim_codes_code_hash" ON "account_claim_codes" ("code_hash")
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships"
            ADD CONSTRAINT "FK_564ed865857d54af66f9e898d63" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "werkpunt_memberships"
            ADD CONSTRAINT "FK_c6a1a27667d2ab6a0a9943de579" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens"
            ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "password_tokens"
            ADD CONSTRAINT "FK_9a6f4d80bd1f5ba1339caf6efdf" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "recruiter_invitations"
            ADD CONSTRAINT "FK_d8ffb195a6a25422ed899561f99" FOREIGN KEY ("invited_by") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "account_claim_codes"
            ADD CONSTRAINT "FK_5df5130c1326c7b20ab1bff7748" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "account_claim_codes" DROP CONSTRAINT "FK_5df5130c1326c7b20ab1bff7748"
        `);
    await queryRunner.query(`
            ALTER TABLE "recruiter_invitations" DROP CONSTRAINT "FK_d8ffb195a6a25422ed899561f99"
        `);
    await queryRunner.query(`
            ALTER TABLE "password_tokens" DROP CONSTRAINT "FK_9a6f4d80bd1f5ba1339caf6efdf"
        `);
    await queryRunner.query(`
            ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"
        `);
    await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5"
        `);
    await queryRunner.query(`
            ALTER TABLE "werkpunt_memberships" DROP CONSTRAINT "FK_c6a1a27667d2ab6a0a9943de579"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisation_memberships" DROP CONSTRAINT "FK_564ed865857d54af66f9e898d63"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_account_claim_codes_code_hash"
        `);
    await queryRunner.query(`
            DROP TABLE "account_claim_codes"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_recruiter_invitations_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_recruiter_invitations_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "recruiter_invitations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_password_tokens_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_password_tokens_account"
        `);
    await queryRunner.query(`
            DROP TABLE "password_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_refresh_tokens_token_hash"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_refresh_tokens_session"
        `);
    await queryRunner.query(`
            DROP TABLE "refresh_tokens"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_sessions_account"
        `);
    await queryRunner.query(`
            DROP TABLE "sessions"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_accounts_username"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_accounts_email"
        `);
    await queryRunner.query(`
            DROP TABLE "accounts"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_werkpunt_memberships_werkpunt"
        `);
    await queryRunner.query(`
            DROP TABLE "werkpunt_memberships"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_organisation_memberships_organisation"
        `);
    await queryRunner.query(`
            DROP TABLE "organisation_memberships"
        `);
  }
}
