import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ADMIN_PAGE_GUARD, APP_CONFIG, AppConfig, REDIS_COMMAND_CONNECTION } from '@werkpunt/platform';
import type { Redis } from 'ioredis';
import { Account } from './accounts/account.entity';
import { AccountsController } from './accounts/accounts.controller';
import { AccountsService } from './accounts/accounts.service';
import { AdminAccountsController } from './accounts/admin-accounts.controller';
import { AccountClaimCode } from './accounts/claim-code.entity';
import { ClientsController } from './accounts/clients.controller';
import { ClientsService } from './accounts/clients.service';
import { OrganisationMembership } from './accounts/organisation-membership.entity';
import { OrganisationsController } from './accounts/organisations.controller';
import { RecruiterInvitation } from './accounts/recruiter-invitation.entity';
import { RecruitersService } from './accounts/recruiters.service';
import { WerkpuntMembership } from './accounts/werkpunt-membership.entity';
import { AccessTokens } from './auth/access-tokens';
import { ActorLoader } from './auth/actor-loader';
import { AdminPageMiddleware } from './auth/admin-page.middleware';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthenticationGuard } from './auth/authentication.guard';
import { NoStoreInterceptor } from './auth/no-store.interceptor';
import { PasswordToken } from './auth/password-token.entity';
import { PasswordTokens } from './auth/password-tokens';
import { RefreshToken } from './auth/refresh-token.entity';
import { Session } from './auth/session.entity';
import { Sessions } from './auth/sessions';
import { AttemptThrottlerGuard, throttlerOptions } from './auth/throttling';
import { AuditModule } from './audit/audit.module';
import { ConsentModule } from './consent/consent.module';
import {
  AdminErasureController,
  ClientErasureController,
  MyDataController,
} from './data-rights/data-rights.controller';
import { DataRightsService } from './data-rights/data-rights.service';
import { ErasureService } from './data-rights/erasure.service';
import { PersonalDataExporter } from './data-rights/personal-data-export';
import { QueuedJobsErasure } from './data-rights/queued-jobs-erasure';
import { Mailer } from './mail/mailer';
import { PasswordHasher } from './passwords/password-hasher';
import { PoliciesModule } from './policies/policies.module';
import { PolicyGuard } from './policies/policy.guard';

/** The tables of accounts, memberships and authentication (policies, audit and consent add their own). */
export const ACCOUNT_ENTITIES = [
  Account,
  WerkpuntMembership,
  OrganisationMembership,
  RecruiterInvitation,
  AccountClaimCode,
  Session,
  RefreshToken,
  PasswordToken,
];

/** Accounts, roles, authentication and sessions; the global guard that turns a token into an Actor. */
@Module({
  imports: [
    TypeOrmModule.forFeature(ACCOUNT_ENTITIES),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.auth.jwtSecret,
        signOptions: { algorithm: 'HS256', issuer: 'werkpunt' },
        verifyOptions: { algorithms: ['HS256'], issuer: 'werkpunt' },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS_COMMAND_CONNECTION],
      useFactory: (config: AppConfig, redis: Redis) => throttlerOptions(config, redis),
    }),
    PoliciesModule,
    AuditModule,
    ConsentModule,
  ],
  controllers: [
    AuthController,
    AccountsController,
    AdminAccountsController,
    ClientsController,
    OrganisationsController,
    MyDataController,
    ClientErasureController,
    AdminErasureController,
  ],
  providers: [
    PasswordHasher,
    Mailer,
    AccessTokens,
    ActorLoader,
    Sessions,
    PasswordTokens,
    AuthService,
    AccountsService,
    ClientsService,
    RecruitersService,
    AttemptThrottlerGuard,
    AdminPageMiddleware,
    QueuedJobsErasure,
    ErasureService,
    PersonalDataExporter,
    DataRightsService,
    { provide: ADMIN_PAGE_GUARD, useExisting: AdminPageMiddleware },
    // Registered first: later global guards (the policy guard) find the Actor on the request.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    // Deny by default: after authentication, every route must be @Public() or declare a @Policy().
    { provide: APP_GUARD, useClass: PolicyGuard },
    { provide: APP_INTERCEPTOR, useClass: NoStoreInterceptor },
  ],
  exports: [ActorLoader, AccountsService, ClientsService, PasswordHasher, Mailer, ADMIN_PAGE_GUARD, ErasureService],
})
export class IdentityModule {}
