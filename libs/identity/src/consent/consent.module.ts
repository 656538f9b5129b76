import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '@werkpunt/platform';
import { Account } from '../accounts/account.entity';
import { AuditModule } from '../audit/audit.module';
import { PoliciesModule } from '../policies/policies.module';
import { AccountsClientDirectory } from './accounts-client-directory';
import { ClientConsentsController } from './client-consents.controller';
import { ClientFileAccessLogController } from './client-file-access-log.controller';
import { ClientDirectory, EXTERNAL_CLIENT_DIRECTORY } from './client-directory';
import { ConsentChange } from './consent-change.entity';
import { ConsentService } from './consent.service';
import { ContactSharingConsent } from './contact-sharing-consent.entity';
import { EmployerVisibilityConsent } from './employer-visibility-consent.entity';
import { JobSeekerRefs } from './job-seeker-refs';
import { MyConsentsController } from './my-consents.controller';
import { WerkpuntAccessConsent } from './werkpunt-access-consent.entity';

export const CONSENT_ENTITIES = [
  EmployerVisibilityConsent,
  ContactSharingConsent,
  WerkpuntAccessConsent,
  ConsentChange,
];

/** A job seeker's consent choices, their history, and the questions other contexts ask about them. */
@Module({
  imports: [TypeOrmModule.forFeature([...CONSENT_ENTITIES, Account]), AuditModule, PoliciesModule, OutboxModule],
  controllers: [MyConsentsController, ClientConsentsController, ClientFileAccessLogController],
  providers: [
    ConsentService,
    JobSeekerRefs,
    AccountsClientDirectory,
    // The caseload (mediation, a global provider) decides when the app has it; a static module cannot be
    // overridden from outside, and importing mediation here would be a cycle.
    {
      provide: ClientDirectory,
      inject: [AccountsClientDirectory, { token: EXTERNAL_CLIENT_DIRECTORY, optional: true }],
      useFactory: (accounts: AccountsClientDirectory, external?: ClientDirectory) => external ?? accounts,
    },
  ],
  exports: [ConsentService, JobSeekerRefs, ClientDirectory],
})
export class ConsentModule {}
