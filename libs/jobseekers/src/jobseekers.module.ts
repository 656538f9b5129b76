import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { GeoModule } from '@werkpunt/geo';
import { AuditModule, ConsentModule, IdentityModule, PoliciesModule } from '@werkpunt/identity';
import { OutboxModule } from '@werkpunt/platform';
import { TaxonomyModule } from '@werkpunt/taxonomy';
import { CohortImportController } from './cohort-import/cohort-import.controller';
import { CohortImportService } from './cohort-import/cohort-import.service';
import { CandidatesController } from './profiles/candidates.controller';
import { ClientProfilesController } from './profiles/client-profiles.controller';
import { JobSeekerProfile } from './profiles/job-seeker-profile.entity';
import { MyProfileController } from './profiles/my-profile.controller';
import { ProfileReferences } from './profiles/profile-references';
import { ProfileStore } from './profiles/profile-store';
import { ProfilesService } from './profiles/profiles.service';

export const JOBSEEKERS_ENTITIES = [JobSeekerProfile];

/**
 * Job seekers' profiles: what they look for and can do, kept by the person or their mediator, shown to
 * employers only anonymised and only with consent; a mediator imports a cohort of clients from CSV.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(JOBSEEKERS_ENTITIES),
    IdentityModule,
    PoliciesModule,
    AuditModule,
    ConsentModule,
    TaxonomyModule,
    GeoModule,
    OutboxModule,
  ],
  controllers: [MyProfileController, ClientProfilesController, CandidatesController, CohortImportController],
  providers: [ProfilesService, ProfileStore, ProfileReferences, CohortImportService],
  exports: [ProfileStore],
})
export class JobseekersModule {}
