export { Role } from './actor/actor';
export type { Actor } from './actor/actor';
// Policies: declare a route's policy with @Policy, check a record with PolicyService.ensureCan.
export { AbilityFactory } from './policies/ability.factory';
export type { AppAbility } from './policies/ability.factory';
export { Policy, POLICY_METADATA } from './policies/policy.decorator';
export type { RoutePolicy } from './policies/policy.decorator';
export { PolicyGuard } from './policies/policy.guard';
export { PolicyService } from './policies/policy.service';
export { PoliciesModule } from './policies/policies.module';
export { POLICY_SUBJECT_TYPES, subjectRef } from './policies/subjects';
export type * from './policies/subjects';
// Audit log: read a job seeker's file only through AuditedReader; record changes with AuditService.
export { AuditModule } from './audit/audit.module';
export { AuditService } from './audit/audit.service';
export type { AccessEvent, AuditedRecord } from './audit/audit.service';
export { AuditedReader } from './audit/audited-reader';
export type { ReadAccess } from './audit/audited-reader';
export { AuditAction, AuditPurpose } from './audit/audit-vocabulary';
export { AuditLogEntry } from './audit/audit-log-entry.entity';
export { RequestId } from './audit/request-id.decorator';
// Consent: the questions other contexts ask before showing anything about a person.
export { ConsentModule, CONSENT_ENTITIES } from './consent/consent.module';
export { ConsentService } from './consent/consent.service';
export type { ConsentAuthor, ConsentState } from './consent/consent.service';
export { ConsentKind, ConsentSource } from './consent/consent-vocabulary';
export { ClientDirectory, EXTERNAL_CLIENT_DIRECTORY } from './consent/client-directory';
export { JobSeekerRefs } from './consent/job-seeker-refs';
export type { ClientEnrolment, ClientRef } from './consent/client-directory';
export { listDeclaredRoutes } from './policies/route-table';
export type { DeclaredRoute } from './policies/route-table';
// Accounts, authentication and sessions.
export { IdentityModule, ACCOUNT_ENTITIES } from './identity.module';
export { IS_PUBLIC_KEY, Public } from '@werkpunt/platform';
export { CurrentAccount, CurrentActor } from './auth/current-actor.decorator';
export { OptionalActor } from './auth/optional-actor.decorator';
export type { AuthenticatedRequest } from './auth/authenticated-request';
export { Account, AccountStatus, PreferredLanguage } from './accounts/account.entity';
export { WerkpuntMembership } from './accounts/werkpunt-membership.entity';
export { OrganisationMembership, OrganisationRole } from './accounts/organisation-membership.entity';
export { AccountClaimCode } from './accounts/claim-code.entity';
export { RecruiterInvitation } from './accounts/recruiter-invitation.entity';
export { Session } from './auth/session.entity';
export { RefreshToken } from './auth/refresh-token.entity';
export { PasswordToken, PasswordTokenPurpose } from './auth/password-token.entity';
export { PasswordHasher } from './passwords/password-hasher';
// Employer registration (the employers context owns the route): the account half and its shapes.
export { AccountsService } from './accounts/accounts.service';
// Mediators' clients without e-mail (the jobseekers context's cohort import creates them here).
export { ClientsService } from './accounts/clients.service';
export { CreateClientDto, CreatedClientDto } from './accounts/dto/client.dto';
export { RegisterAccountDto } from './accounts/dto/registration.dto';
export { AccountDto } from './accounts/dto/account.dto';
export { NoStore } from './auth/no-store.interceptor';
// Plain-text mail through SMTP_URL (the applications' decision reminder mails recruiters with it).
export { Mailer } from './mail/mailer';
export type { OutgoingMail } from './mail/mailer';
export { passwordProblems, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords/password-rules';
export { CLAIM_CODE_VALID_DAYS, formatClaimCode, hashClaimCode, normaliseClaimCode } from './accounts/claim-code';
export { REFRESH_COOKIE, REFRESH_COOKIE_PATH, ADMIN_COOKIE } from './auth/auth-cookies';
export { ActorLoader, actorOf } from './auth/actor-loader';
// Data rights: the personal-data catalogue, export, erasure (and its extension point) and the inactivity rule.
export { PERSONAL_DATA_CATALOGUE, personalTables, retentionTables } from './data-rights/personal-data-catalogue';
export type { PersonalTable, PersonLink, TableDeclaration, Erasure } from './data-rights/personal-data-catalogue';
export { ErasureService } from './data-rights/erasure.service';
export type { ErasureRequest } from './data-rights/erasure.service';
export type { ErasureStep } from './data-rights/erasure-step';
export type { PersonIdentifiers } from './data-rights/person-rows';
export { ErasureReason, ADMIN_ERASURE_REASONS } from './data-rights/erasure-vocabulary';
export type { PersonalDataExport, ExportSection } from './data-rights/personal-data-export';
export { IdentityWorkerModule } from './data-rights/identity-worker.module';
export { InactivitySweep, INACTIVITY_SWEEP_SCHEDULER_ID } from './data-rights/inactivity';
