import { Injectable, NotFoundException } from '@nestjs/common';
import { Actor, AuditedReader, AuditPurpose, JobSeekerRefs, PolicyService, Role } from '@werkpunt/identity';
import { JobSeekerProfile, ProfileStore } from '@werkpunt/jobseekers';

const NO_FILE = 'No such job seeker, or not one you may see.';
const NO_PROFILE = 'There is no profile yet: fill in the profile first, then matches appear.';

/**
 * The profile a match is computed for, read as the person themselves or as someone allowed to see their
 * file (their mediator, an admin): that look is written to the audit log in the same transaction.
 */
@Injectable()
export class SeekerFile {
  constructor(
    private readonly profiles: ProfileStore,
    private readonly refs: JobSeekerRefs,
    private readonly policies: PolicyService,
    private readonly reader: AuditedReader,
  ) {}

  async profileFor(actor: Actor, accountId: string, requestId: string | null): Promise<JobSeekerProfile> {
    const file = await this.refs.file(accountId);
    if (!file) throw new NotFoundException(NO_FILE);
    this.policies.ensureCan(actor, 'read', file, NO_FILE);
    const purpose = actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Caseload;
    const profile = await this.reader.read(
      {
        actor,
        record: { jobSeekerAccountId: accountId, recordType: 'JobSeekerFile', recordId: accountId },
        purpose,
        requestId,
      },
      (manager) => this.profiles.find(accountId, manager),
    );
    if (!profile) throw new NotFoundException(NO_PROFILE);
    return profile;
  }
}
