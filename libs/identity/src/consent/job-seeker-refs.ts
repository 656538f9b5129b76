import { Injectable } from '@nestjs/common';
import { ContactDetailsRef, JobSeekerFileRef, subjectRef } from '../policies/subjects';
import { ClientDirectory } from './client-directory';
import { ConsentService } from './consent.service';

/**
 * The policy references for a job seeker's file and contact details, with the person's consents
 * already applied, so a service checks `ensureCan(actor, 'read', await refs.file(id))` and cannot
 * forget that sharing with another Werkpunt or an employer depends on consent.
 */
@Injectable()
export class JobSeekerRefs {
  constructor(
    private readonly clients: ClientDirectory,
    private readonly consents: ConsentService,
  ) {}

  /** Null when there is no such job seeker. */
  async file(jobSeekerAccountId: string): Promise<JobSeekerFileRef | null> {
    // Both reads at once: every look at a file (and every "jobs for me") waits for the slower, not the sum.
    const [client, sharedWithWerkpuntIds] = await Promise.all([
      this.clients.findClient(jobSeekerAccountId),
      this.consents.werkpuntsWithAccess(jobSeekerAccountId),
    ]);
    if (!client) return null;
    return subjectRef('JobSeekerFile', {
      jobSeekerAccountId,
      werkpuntId: client.homeWerkpuntId,
      sharedWithWerkpuntIds,
    });
  }

  /** Null when there is no such job seeker. */
  async contactDetails(jobSeekerAccountId: string): Promise<ContactDetailsRef | null> {
    const client = await this.clients.findClient(jobSeekerAccountId);
    if (!client) return null;
    const state = await this.consents.stateOf(jobSeekerAccountId);
    return subjectRef('ContactDetails', {
      jobSeekerAccountId,
      werkpuntId: client.homeWerkpuntId,
      sharedWithOrganisationIds: state.contactSharedWith.map((c) => c.organisationId),
    });
  }
}
