import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  Actor,
  AuditAction,
  AuditedReader,
  AuditedRecord,
  AuditPurpose,
  AuditService,
  ConsentService,
  JobSeekerRefs,
  PolicyService,
  Role,
  subjectRef,
} from '@werkpunt/identity';
import { Clock, createValidationPipe } from '@werkpunt/platform';
import { employerCandidateView } from '../domain/employer-view';
import { Availability, ProfileChangeSource } from '../domain/profile-vocabulary';
import { CandidateDto, ProfileViewDto } from './dto/profile-view.dto';
import { ProfileDto, ProfilePatchDto } from './dto/profile.dto';
import { JobSeekerProfile } from './job-seeker-profile.entity';
import { ProfileContent, profileContentOf, profileRequestOf, profileViewOf } from './profile-mapping';
import { ProfileReferences } from './profile-references';
import { ProfileStore } from './profile-store';
import { EntityManager } from 'typeorm';

/** The global pipe's rules, for a merged PATCH body that never passed through it as a whole. */
const PROFILE_VALIDATION = createValidationPipe();

const NO_CLIENT = 'There is no client with this id in your caseload.';
const NO_CANDIDATE = 'There is no candidate with this id.';
const NO_OWN_PROFILE = 'You have not filled in your profile yet.';
const NO_CLIENT_PROFILE = 'This client has not filled in a profile yet.';

/** How often a partial change starts again when another change of the same profile slipped in between. */
const MAX_PATCH_ATTEMPTS = 3;

/** The profile changed between the unlocked read a patch was built on and the locked write. */
class StaleProfileRead extends Error {}

function profileRecord(jobSeekerAccountId: string): AuditedRecord {
  return { jobSeekerAccountId, recordType: 'JobSeekerProfile', recordId: jobSeekerAccountId };
}

/** The use cases on profiles: the person's own, a mediator's for a client, an employer's anonymised look. */
@Injectable()
export class ProfilesService {
  constructor(
    private readonly store: ProfileStore,
    private readonly references: ProfileReferences,
    private readonly refs: JobSeekerRefs,
    private readonly policies: PolicyService,
    private readonly reader: AuditedReader,
    private readonly audit: AuditService,
    private readonly consents: ConsentService,
    private readonly clock: Clock,
  ) {}

  async readOwn(actor: Actor): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'read', actor.userId, NO_OWN_PROFILE);
    const profile = await this.store.find(actor.userId);
    if (!profile) throw new NotFoundException(NO_OWN_PROFILE);
    return profileViewOf(profile, this.clock.now());
  }

  async replaceOwn(actor: Actor, dto: ProfileDto): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'update', actor.userId, NO_OWN_PROFILE);
    await this.references.ensureExist(dto);
    const saved = await this.store.replace(actor.userId, profileContentOf(dto, ProfileChangeSource.Self));
    return profileViewOf(saved, this.clock.now());
  }

  /** A partial change of my profile: the fields given replace mine; the rest stays. */
  async patchOwn(actor: Actor, patch: ProfilePatchDto): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'update', actor.userId, NO_OWN_PROFILE);
    const saved = await this.patchProfile(actor.userId, patch, ProfileChangeSource.Self, NO_OWN_PROFILE);
    return profileViewOf(saved, this.clock.now());
  }

  /** A mediator (or admin) reads a client's profile; the read and its audit row are one transaction. */
  async readForClient(actor: Actor, accountId: string, requestId: string | null): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'read', accountId, NO_CLIENT);
    const purpose = actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Caseload;
    const profile = await this.reader.read({ actor, record: profileRecord(accountId), purpose, requestId }, (manager) =>
      this.store.find(accountId, manager),
    );
    if (!profile) throw new NotFoundException(NO_CLIENT_PROFILE);
    return profileViewOf(profile, this.clock.now());
  }

  /** A mediator changes a client's profile with the client at the desk; the audit row names the mediator. */
  async replaceForClient(
    actor: Actor,
    accountId: string,
    dto: ProfileDto,
    requestId: string | null,
  ): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'update', accountId, NO_CLIENT);
    this.ensureMediator(actor);
    await this.references.ensureExist(dto);
    const content = profileContentOf(dto, ProfileChangeSource.MediatorOnBehalf);
    const saved = await this.store.replace(accountId, content, (manager, created) =>
      this.audit.recordAccess(
        {
          actor,
          record: profileRecord(accountId),
          action: created ? AuditAction.Create : AuditAction.Update,
          purpose: AuditPurpose.Caseload,
          requestId,
        },
        manager,
      ),
    );
    return profileViewOf(saved, this.clock.now());
  }

  /** A mediator's partial change of a client's profile, with the client present (audited like a replacement). */
  async patchForClient(
    actor: Actor,
    accountId: string,
    patch: ProfilePatchDto,
    requestId: string | null,
  ): Promise<ProfileViewDto> {
    await this.ensureFile(actor, 'update', accountId, NO_CLIENT);
    this.ensureMediator(actor);
    const saved = await this.patchProfile(
      accountId,
      patch,
      ProfileChangeSource.MediatorOnBehalf,
      NO_CLIENT_PROFILE,
      (manager) =>
        this.audit.recordAccess(
          {
            actor,
            record: profileRecord(accountId),
            action: AuditAction.Update,
            purpose: AuditPurpose.Caseload,
            requestId,
          },
          manager,
        ),
    );
    return profileViewOf(saved, this.clock.now());
  }

  /**
   * The anonymised candidate: only of a person who chose to be visible to employers and is looking for
   * work right now. Everyone else, and ids that do not exist, get the same 404.
   */
  async readCandidate(actor: Actor, accountId: string, requestId: string | null): Promise<CandidateDto> {
    const client = await this.refs.file(accountId);
    if (!client) throw new NotFoundException(NO_CANDIDATE);
    const match = subjectRef('AnonymisedMatch', {
      // The rule asks "one of my organisations"; any of the recruiter's organisations answers it.
      organisationId: actor.organisationIds[0] ?? '',
      jobSeekerAccountId: accountId,
      visibleToEmployers: await this.consents.isVisibleToEmployers(accountId),
    });
    this.policies.ensureCan(actor, 'read', match, NO_CANDIDATE);
    const now = this.clock.now();
    const candidate = await this.reader.read(
      { actor, record: profileRecord(accountId), purpose: AuditPurpose.Matching, requestId },
      async (manager) => {
        const profile = await this.store.find(accountId, manager);
        return profile?.availability === Availability.Active ? employerCandidateView(profile, now) : null;
      },
    );
    if (!candidate) throw new NotFoundException(NO_CANDIDATE);
    return candidate;
  }

  // Admins read for support; changing a file on someone's behalf is a mediator's act with the person present.
  private ensureMediator(actor: Actor): void {
    if (actor.role !== Role.Mediator) {
      throw new ForbiddenException('Only a mediator of the client’s Werkpunt can change a profile on their behalf.');
    }
  }

  /**
   * Lays the patch over the profile as read and checks it (the reference checks read the taxonomy and the
   * wijken on connections of their own) before the row is locked: inside the transaction they would hold one
   * pooled connection while asking for another, and a busy pool would then starve its own changes. The result
   * is written only onto the version it was made from; when another change slipped in between, start again.
   */
  private async patchProfile(
    accountId: string,
    patch: ProfilePatchDto,
    source: ProfileChangeSource,
    notFound: string,
    withinChange?: (manager: EntityManager, created: boolean) => Promise<unknown>,
  ): Promise<JobSeekerProfile> {
    for (let attempt = 1; ; attempt += 1) {
      const seen = await this.store.find(accountId);
      const content = await this.patched(seen, patch, source, notFound);
      try {
        return await this.store.change(
          accountId,
          (existing) => {
            if (existing?.version !== seen?.version) throw new StaleProfileRead();
            return content;
          },
          withinChange,
        );
      } catch (error) {
        if (!(error instanceof StaleProfileRead)) throw error;
        if (attempt === MAX_PATCH_ATTEMPTS) {
          throw new ConflictException('The profile keeps changing while you edit it: read it again and retry.');
        }
      }
    }
  }

  /**
   * The stored profile with the patch's top-level fields laid over it, checked as a whole by the same
   * validation as a PUT (so a group set to null, or hours that no longer fit, answer 400 naming the field).
   */
  private async patched(
    existing: JobSeekerProfile | null,
    patch: ProfilePatchDto,
    source: ProfileChangeSource,
    notFound: string,
  ): Promise<ProfileContent> {
    if (!existing) throw new NotFoundException(notFound);
    const given = Object.fromEntries(
      Object.entries(patch).filter(([key, value]) => key !== 'clientPresent' && value !== undefined),
    );
    const merged = { ...profileRequestOf(existing), ...given };
    const full = (await PROFILE_VALIDATION.transform(merged, { type: 'body', metatype: ProfileDto })) as ProfileDto;
    await this.references.ensureExist(full);
    return profileContentOf(full, source);
  }

  /** 404 unless the account is a job seeker whose file this actor may act on (consents applied). */
  private async ensureFile(
    actor: Actor,
    action: 'read' | 'update',
    accountId: string,
    notFound: string,
  ): Promise<void> {
    const file = await this.refs.file(accountId);
    if (!file) throw new NotFoundException(notFound);
    this.policies.ensureCan(actor, action, file, notFound);
  }
}
