import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Account,
  Actor,
  AuditedReader,
  AuditPurpose,
  ClientDirectory,
  ConsentService,
  ConsentSource,
  JobSeekerRefs,
  PolicyService,
  Role,
  subjectRef,
} from '@werkpunt/identity';
import { employerCandidateView, JobSeekerProfile } from '@werkpunt/jobseekers';
import { Clock, CursorPage } from '@werkpunt/platform';
import { Vacancy, VacancyStatus } from '@werkpunt/vacancies';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { applicationPage } from './application-pages';
import { ApplicationStatusChange } from './application-status-change.entity';
import { Application } from './application.entity';
import { ApplicationParty, AWAITING_EMPLOYER, mayMove } from './domain/application-lifecycle';
import { ApplicationOrigin, ApplicationStatus, RejectionReason } from './domain/application-vocabulary';
import { plainFeedback } from './domain/rejection-feedback';
import { DecisionReminderScheduler } from './reminder/decision-reminder';
import { ApplicationListQueryDto, ApplicationPageQueryDto } from './dto/application-list.dto';
import { ApplicationDto, BoardApplicationDto, ContactDetailsDto, MyApplicationDto } from './dto/application.dto';

export const APPLICATION_NOT_FOUND = 'There is no application here.';
const VACANCY_NOT_FOUND = 'There is no published vacancy here.';
const NO_CONTACT = 'There are no contact details to show here.';
/** Before the person accepted (a proposal) or after they withdrew, the employer has no one to contact. */
const WITHOUT_CONTACT = [ApplicationStatus.Proposed, ApplicationStatus.Withdrawn];

/**
 * Applications: a job seeker applies, a mediator proposes a client (who accepts), the employer moves the
 * application on or rejects it with feedback. The employer sees the anonymised candidate; name and contact
 * details only through `contactOf`, once the person accepted and while they share them with the employer
 * (accepting an employer's invitation is that consent, recorded as the person's own change).
 */
@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
    private readonly clients: ClientDirectory,
    private readonly refs: JobSeekerRefs,
    private readonly reader: AuditedReader,
    private readonly clock: Clock,
    private readonly reminders: DecisionReminderScheduler,
    private readonly consents: ConsentService,
  ) {}

  async apply(actor: Actor, vacancyId: string): Promise<ApplicationDto> {
    const vacancy = await this.publishedVacancy(vacancyId);
    this.policies.ensureCan(
      actor,
      'create',
      subjectRef('Application', {
        organisationId: vacancy.organisationId,
        jobSeekerAccountId: actor.userId,
        jobSeekerWerkpuntId: null,
      }),
      VACANCY_NOT_FOUND,
    );
    return toDto(await this.insert(actor, vacancy, actor.userId, ApplicationOrigin.Applied, ApplicationStatus.Applied));
  }

  /** A mediator of the client's Werkpunt proposes the client; the client accepts before anything is shared. */
  async propose(actor: Actor, clientAccountId: string, vacancyId: string): Promise<ApplicationDto> {
    if (actor.role !== Role.Mediator) throw new ForbiddenException('Only mediators propose their clients.');
    const file = await this.refs.file(clientAccountId);
    if (!file) throw new NotFoundException('There is no client here.');
    this.policies.ensureCan(actor, 'update', file, 'There is no client here.');
    const vacancy = await this.publishedVacancy(vacancyId);
    return toDto(
      await this.insert(
        actor,
        vacancy,
        clientAccountId,
        ApplicationOrigin.ProposedByMediator,
        ApplicationStatus.Proposed,
      ),
    );
  }

  /**
   * An employer invites a candidate they found (visible to employers, anonymised): a proposal the candidate
   * accepts or ignores. Nothing about the candidate is shared by inviting.
   */
  async invite(actor: Actor, vacancyId: string, candidateId: string): Promise<ApplicationDto> {
    if (actor.role !== Role.Recruiter) throw new ForbiddenException('Only the organisation’s recruiters invite.');
    const vacancy = await this.publishedVacancy(vacancyId);
    this.policies.ensureCan(
      actor,
      'update',
      subjectRef('Vacancy', { organisationId: vacancy.organisationId, published: true }),
      VACANCY_NOT_FOUND,
    );
    const candidate = await this.dataSource.manager.findOneBy(Account, { id: candidateId, role: Role.JobSeeker });
    const visibleToEmployers = candidate ? await this.consents.isVisibleToEmployers(candidateId) : false;
    this.policies.ensureCan(
      actor,
      'read',
      subjectRef('AnonymisedMatch', {
        organisationId: vacancy.organisationId,
        jobSeekerAccountId: candidateId,
        visibleToEmployers,
      }),
      'There is no candidate here.',
    );
    return toDto(
      await this.insert(actor, vacancy, candidateId, ApplicationOrigin.InvitedByEmployer, ApplicationStatus.Proposed),
    );
  }

  accept(actor: Actor, id: string): Promise<ApplicationDto> {
    return this.move(
      actor,
      id,
      'job_seeker',
      ApplicationStatus.Applied,
      null,
      undefined,
      async (application, manager) => {
        // Saying yes to an employer's invitation is saying yes to being contacted by that employer.
        if (application.origin !== ApplicationOrigin.InvitedByEmployer) return;
        await this.consents.setContactSharing(
          application.jobSeekerAccountId,
          application.organisationId,
          true,
          { source: ConsentSource.Self },
          manager,
        );
      },
    );
  }

  /**
   * The applicant's name, e-mail and phone for the employer: only once the person accepted (or applied) and
   * while they share contact details with the employer's organisation; otherwise 404, like a foreign id.
   * The read is in the person's "who looked at my file".
   */
  async contactOf(actor: Actor, id: string, requestId: string | null): Promise<ContactDetailsDto> {
    const application = await this.dataSource.manager.findOneBy(Application, { id });
    if (!application || WITHOUT_CONTACT.includes(application.status)) throw new NotFoundException(NO_CONTACT);
    const person = application.jobSeekerAccountId;
    const werkpuntId = (await this.clients.findClient(person))?.homeWerkpuntId ?? null;
    const applicationRef = subjectRef('Application', {
      organisationId: application.organisationId,
      jobSeekerAccountId: person,
      jobSeekerWerkpuntId: werkpuntId,
    });
    this.policies.ensureCan(actor, 'read', applicationRef, NO_CONTACT);
    const shared = await this.consents.mayShareContactWith(person, application.organisationId);
    const contactRef = subjectRef('ContactDetails', {
      jobSeekerAccountId: person,
      werkpuntId,
      sharedWithOrganisationIds: shared ? [application.organisationId] : [],
    });
    this.policies.ensureCan(actor, 'read', contactRef, NO_CONTACT);
    const record = { jobSeekerAccountId: person, recordType: 'ContactDetails', recordId: application.id };
    const account = await this.reader.read({ actor, record, purpose: AuditPurpose.Application, requestId }, (manager) =>
      manager.findOneBy(Account, { id: person }),
    );
    if (!account) throw new NotFoundException(NO_CONTACT);
    return {
      applicationId: application.id,
      displayName: account.displayName,
      email: account.email,
      phone: account.phone,
    };
  }

  withdraw(actor: Actor, id: string, note: string | null): Promise<ApplicationDto> {
    return this.move(actor, id, 'job_seeker', ApplicationStatus.Withdrawn, note);
  }

  changeStatus(actor: Actor, id: string, status: ApplicationStatus, note: string | null): Promise<ApplicationDto> {
    return this.move(actor, id, 'employer', status, note);
  }

  reject(actor: Actor, id: string, reason: RejectionReason, text: string | null): Promise<ApplicationDto> {
    return this.move(actor, id, 'employer', ApplicationStatus.Rejected, text, (application) => {
      application.rejectionReason = reason;
      application.rejectionText = text;
    });
  }

  /** Newest first, a page at a time. */
  async mine(actor: Actor, query: ApplicationListQueryDto): Promise<CursorPage<MyApplicationDto>> {
    const manager = this.dataSource.manager;
    const account = await manager.findOneBy(Account, { id: actor.userId });
    const language = account?.preferredLanguage === 'en' ? 'en' : 'nl';
    const page = await applicationPage(manager, { jobSeekerAccountId: actor.userId }, query, 'DESC');
    const titles = await this.titlesOf(page.items.map((row) => row.vacancyId));
    return {
      nextCursor: page.nextCursor,
      items: page.items.map((row) => ({
        ...toDto(row),
        vacancyTitle: titles.get(row.vacancyId) ?? '',
        rejectionReason: row.rejectionReason,
        feedback: row.rejectionReason ? plainFeedback(row.rejectionReason, row.rejectionText, language) : null,
      })),
    };
  }

  /** The employer's board of one vacancy, oldest first: anonymised candidates, each read audited. */
  async board(
    actor: Actor,
    vacancyId: string,
    query: ApplicationPageQueryDto,
    requestId: string | null,
  ): Promise<CursorPage<BoardApplicationDto>> {
    const vacancy = await this.dataSource.manager.findOneBy(Vacancy, { id: vacancyId });
    if (!vacancy) throw new NotFoundException('There is no vacancy here.');
    this.policies.ensureCan(
      actor,
      'update',
      subjectRef('Vacancy', {
        organisationId: vacancy.organisationId,
        published: vacancy.status === VacancyStatus.Published,
      }),
      'There is no vacancy here.',
    );
    const page = await applicationPage(this.dataSource.manager, { vacancyId, statuses: BOARD_STATUSES }, query, 'ASC');
    return this.auditedViews(actor, page, AuditPurpose.Application, requestId);
  }

  /** A mediator follows their client's applications, oldest first. */
  async ofClient(
    actor: Actor,
    clientAccountId: string,
    query: ApplicationListQueryDto,
    requestId: string | null,
  ): Promise<CursorPage<BoardApplicationDto>> {
    const file = await this.refs.file(clientAccountId);
    if (!file) throw new NotFoundException('There is no client here.');
    this.policies.ensureCan(actor, 'read', file, 'There is no client here.');
    const page = await applicationPage(this.dataSource.manager, { jobSeekerAccountId: clientAccountId }, query, 'ASC');
    return this.auditedViews(actor, page, AuditPurpose.Caseload, requestId);
  }

  // --- helpers -----------------------------------------------------------------------------------

  private async auditedViews(
    actor: Actor,
    page: CursorPage<Application>,
    purpose: AuditPurpose,
    requestId: string | null,
  ): Promise<CursorPage<BoardApplicationDto>> {
    const now = this.clock.now();
    const views: BoardApplicationDto[] = [];
    for (const row of page.items) {
      const record = { jobSeekerAccountId: row.jobSeekerAccountId, recordType: 'Application', recordId: row.id };
      // The application itself is the person's data: the read is audited whether or not they have a profile.
      const { profile } = await this.reader.read({ actor, record, purpose, requestId }, async (manager) => ({
        profile: await manager.findOneBy(JobSeekerProfile, { accountId: row.jobSeekerAccountId }),
      }));
      views.push({
        ...toDto(row),
        waitingForDecisionSince: row.remindedAt && row.awaitingSince ? row.awaitingSince.toISOString() : null,
        remindedAt: row.remindedAt?.toISOString() ?? null,
        candidate: profile ? employerCandidateView(profile, now) : null,
      });
    }
    return { items: views, nextCursor: page.nextCursor };
  }

  private async publishedVacancy(vacancyId: string): Promise<Vacancy> {
    const vacancy = await this.dataSource.manager.findOneBy(Vacancy, { id: vacancyId });
    if (!vacancy || vacancy.status !== VacancyStatus.Published) throw new NotFoundException(VACANCY_NOT_FOUND);
    return vacancy;
  }

  private async insert(
    actor: Actor,
    vacancy: Vacancy,
    jobSeekerAccountId: string,
    origin: ApplicationOrigin,
    status: ApplicationStatus,
  ): Promise<Application> {
    const now = this.clock.now();
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const application = await manager.save(
          manager.create(Application, {
            vacancyId: vacancy.id,
            organisationId: vacancy.organisationId,
            jobSeekerAccountId,
            origin,
            status,
            rejectionReason: null,
            rejectionText: null,
            awaitingSince: AWAITING_EMPLOYER.includes(status) ? now : null,
            remindedAt: null,
            version: 1,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await record(manager, application.id, status, actor, null, now);
        return application;
      });
      if (AWAITING_EMPLOYER.includes(status)) await this.reminders.schedule(saved.id);
      return saved;
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConflictException('There is already an application of this person to this vacancy.');
      }
      throw error;
    }
  }

  /** Locks, checks who may and whether the lifecycle allows it; asking again for the same status is a retry. */
  private async move(
    actor: Actor,
    id: string,
    party: ApplicationParty,
    to: ApplicationStatus,
    note: string | null,
    also?: (application: Application) => void,
    // Runs in the move's transaction, only when the status changed.
    afterChange?: (application: Application, manager: EntityManager) => Promise<void>,
  ): Promise<ApplicationDto> {
    // Whose application it is never changes, so the client's Werkpunt is looked up before the row is locked:
    // inside the transaction the lookup would hold one pooled connection while asking for another.
    const parties = await this.dataSource.manager.findOne(Application, {
      select: { id: true, jobSeekerAccountId: true, organisationId: true },
      where: { id },
    });
    if (!parties) throw new NotFoundException(APPLICATION_NOT_FOUND);
    const jobSeekerWerkpuntId =
      party === 'job_seeker'
        ? null
        : ((await this.clients.findClient(parties.jobSeekerAccountId))?.homeWerkpuntId ?? null);
    const moved = await this.dataSource.transaction(async (manager) => {
      const application = await manager.findOne(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw new NotFoundException(APPLICATION_NOT_FOUND);
      if (party === 'job_seeker') {
        if (application.jobSeekerAccountId !== actor.userId) throw new NotFoundException(APPLICATION_NOT_FOUND);
      } else {
        const ref = subjectRef('Application', {
          organisationId: application.organisationId,
          jobSeekerAccountId: application.jobSeekerAccountId,
          jobSeekerWerkpuntId,
        });
        this.policies.ensureCan(actor, 'update', ref, APPLICATION_NOT_FOUND);
      }
      if (application.status === to) return { dto: toDto(application), changed: false };
      if (!mayMove(party, application.status, to)) {
        throw new ConflictException(`An application cannot go from ${application.status} to ${to}.`);
      }
      const now = this.clock.now();
      application.status = to;
      application.awaitingSince = AWAITING_EMPLOYER.includes(to) ? now : null;
      application.remindedAt = null;
      application.version += 1;
      application.updatedAt = now;
      also?.(application);
      const saved = await manager.save(application);
      await record(manager, id, to, actor, note, now);
      await afterChange?.(saved, manager);
      return { dto: toDto(saved), changed: true };
    });
    // After the commit: the job re-reads the application, so it must find the new status.
    if (moved.changed && AWAITING_EMPLOYER.includes(to)) await this.reminders.schedule(id);
    return moved.dto;
  }

  private async titlesOf(vacancyIds: string[]): Promise<Map<string, string>> {
    if (vacancyIds.length === 0) return new Map();
    const vacancies = await this.dataSource.manager.find(Vacancy, {
      select: { id: true, title: true },
      where: { id: In([...new Set(vacancyIds)]) },
    });
    return new Map(vacancies.map((vacancy) => [vacancy.id, vacancy.title]));
  }
}

/** The employer sees applications once the person applied or accepted; proposals not yet accepted stay hidden. */
const BOARD_STATUSES = Object.values(ApplicationStatus).filter((status) => status !== ApplicationStatus.Proposed);

async function record(
  manager: EntityManager,
  applicationId: string,
  status: ApplicationStatus,
  actor: Actor,
  note: string | null,
  at: Date,
): Promise<void> {
  await manager.insert(ApplicationStatusChange, {
    applicationId,
    status,
    actorAccountId: actor.userId,
    actorRole: actor.role,
    note,
    at,
  });
}

export function toDto(application: Application): ApplicationDto {
  return {
    id: application.id,
    vacancyId: application.vacancyId,
    origin: application.origin,
    status: application.status,
    version: application.version,
    createdAt: application.createdAt.toISOString(),
    updatedAt: application.updatedAt.toISOString(),
  };
}
