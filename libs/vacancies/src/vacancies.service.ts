import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, PolicyService, Role, subjectRef } from '@werkpunt/identity';
import {
  Clock,
  CursorPage,
  decodeCursor,
  RequestValidationException,
  RowError,
  toCursorPage,
} from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ghentDate } from './domain/ghent-date';
import { publicationProblems } from './domain/publication-check';
import { isEditable, targetOf, VacancyTransition } from './domain/vacancy-lifecycle';
import { VacancyStatus } from './domain/vacancy-vocabulary';
import { CreateVacancyDto, UpdateVacancyDto } from './dto/vacancy-input.dto';
import { DEFAULT_PAGE_SIZE, VacancyListQueryDto } from './dto/vacancy-list-query.dto';
import { VacancyDto } from './dto/vacancy.dto';
import { contentOf, pickContent, REQUIRED_CONTENT_FIELDS, VacancyContent } from './vacancy-content';
import { toVacancyDto } from './vacancy-mapping';
import { VacancyReferences } from './vacancy-references';
import { VacancyListing } from './vacancy-listing';
import { StatusActor, VACANCY_NOT_FOUND, VacancyStore } from './vacancy-store';
import { Vacancy } from './vacancy.entity';

/** How often an edit starts again when another change of the same vacancy slipped in between. */
const MAX_UPDATE_ATTEMPTS = 3;

/** The vacancy use cases: who may do what is asked of the policies, per record. */
@Injectable()
export class VacanciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: VacancyStore,
    private readonly references: VacancyReferences,
    private readonly listing: VacancyListing,
    private readonly policies: PolicyService,
    private readonly clock: Clock,
  ) {}

  async create(actor: Actor, dto: CreateVacancyDto): Promise<VacancyDto> {
    const organisationId = this.organisationFor(actor, dto.organisationId);
    const content = contentOf(dto);
    const resolved = await this.resolveOrRefuse(organisationId, content);
    const vacancy = await this.dataSource.transaction((manager) =>
      this.store.insert(
        manager,
        { organisationId, content, resolved, publish: false },
        statusActorOf(actor),
        this.clock.now(),
      ),
    );
    return toVacancyDto(vacancy);
  }

  /**
   * Changes the content of a draft, paused or published vacancy; each change is a new version.
   * The references are checked before the row is locked, on the version read: checking them inside the
   * transaction would hold one pooled connection while asking for another, and ten changes at once then
   * starve the pool (503). When another change slipped in between, the read is stale: start again.
   */
  async update(actor: Actor, id: string, dto: UpdateVacancyDto): Promise<VacancyDto> {
    const nulls = REQUIRED_CONTENT_FIELDS.filter((field) => (dto as Record<string, unknown>)[field] === null);
    if (nulls.length > 0)
      throw new RequestValidationException(nulls.map((field) => ({ field, messages: [`${field} cannot be emptied`] })));
    for (let attempt = 1; ; attempt += 1) {
      const seen = await this.findVisible(actor, id);
      this.ensureMay(actor, 'update', seen);
      this.ensureEditable(seen);
      const content = { ...pickContent(seen), ...definedFields(dto) } as VacancyContent;
      const resolved = await this.resolveOrRefuse(seen.organisationId, content);
      let stale = false;
      const saved = await this.store.change(id, (vacancy) => {
        stale = vacancy.version !== seen.version;
        if (stale) return false;
        Object.assign(vacancy, content, resolved);
        // A published vacancy must stay publishable after the change.
        if (vacancy.status === VacancyStatus.Published) this.ensurePublishable(vacancy);
      });
      if (!stale) return toVacancyDto(saved);
      if (attempt === MAX_UPDATE_ATTEMPTS) {
        throw new ConflictException('The vacancy keeps changing while you edit it: read it again and retry.');
      }
    }
  }

  async transition(
    actor: Actor,
    id: string,
    transition: VacancyTransition,
    reason: string | null,
  ): Promise<VacancyDto> {
    const saved = await this.store.change(id, async (vacancy, manager) => {
      this.ensureMay(actor, 'update', vacancy);
      // Asking again for the status it already has is a retry, not a conflict: nothing changes, no new version.
      if (vacancy.status === targetOf(transition)) return false;
      if (transition === 'publish') this.ensurePublishable(vacancy);
      await this.store.transition(manager, vacancy, transition, statusActorOf(actor), reason, this.clock.now());
    });
    return toVacancyDto(saved);
  }

  /** A published vacancy is public; any other only for its organisation and admins (404 for everyone else). */
  async get(actor: Actor | null, id: string): Promise<VacancyDto> {
    return toVacancyDto(await this.findVisible(actor, id));
  }

  async findVisible(actor: Actor | null, id: string, manager?: EntityManager): Promise<Vacancy> {
    const vacancy = await (manager ?? this.dataSource.manager).findOneBy(Vacancy, { id });
    if (!vacancy) throw new NotFoundException(VACANCY_NOT_FOUND);
    if (vacancy.status === VacancyStatus.Published) return vacancy;
    if (!actor) throw new NotFoundException(VACANCY_NOT_FOUND);
    this.ensureMay(actor, 'read', vacancy);
    return vacancy;
  }

  list(actor: Actor | null, query: VacancyListQueryDto): Promise<CursorPage<VacancyDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    return this.listing
      .find(visibilityOf(actor), query, after, limit)
      .then(({ rows, sortKeyOf }) =>
        toCursorPage(rows, limit, (row) => ({ sortKey: sortKeyOf(row), id: row.id }), toVacancyDto),
      );
  }

  /** The organisation a new vacancy is for: given, or the recruiter's only one; 404 when not theirs. */
  organisationFor(actor: Actor, requested: string | undefined): string {
    const organisationId =
      requested ??
      (actor.role === Role.Recruiter && actor.organisationIds.length === 1 ? actor.organisationIds[0] : null);
    if (!organisationId) {
      throw new RequestValidationException([
        { field: 'organisationId', messages: ['Say which organisation the vacancy is for.'] },
      ]);
    }
    this.policies.ensureCan(
      actor,
      'create',
      subjectRef('Vacancy', { organisationId, published: false }),
      'There is no organisation of yours with this id.',
    );
    return organisationId;
  }

  async resolveOrRefuse(organisationId: string, content: VacancyContent) {
    const { errors, resolved } = await this.references.resolve(organisationId, content);
    if (!resolved) throw new RequestValidationException(asFieldErrors(errors));
    return resolved;
  }

  private ensureMay(actor: Actor, action: 'read' | 'update', vacancy: Vacancy): void {
    this.policies.ensureCan(
      actor,
      action,
      subjectRef('Vacancy', {
        organisationId: vacancy.organisationId,
        published: vacancy.status === VacancyStatus.Published,
      }),
      VACANCY_NOT_FOUND,
    );
  }

  private ensureEditable(vacancy: Vacancy): void {
    if (!isEditable(vacancy.status)) {
      throw new RequestValidationException([
        { field: 'status', messages: [`A ${vacancy.status} vacancy cannot change any more.`] },
      ]);
    }
  }

  private ensurePublishable(vacancy: Vacancy): void {
    const problems = publicationProblems(vacancy, ghentDate(this.clock.now()));
    if (problems.length > 0) throw new RequestValidationException(asFieldErrors(problems));
  }
}

/** Which rows a caller may list: everyone the published ones; recruiters also their own; admins all. */
export type ListVisibility = { all: true } | { all: false; organisationIds: string[] };

function visibilityOf(actor: Actor | null): ListVisibility {
  if (actor?.role === Role.Admin) return { all: true };
  return { all: false, organisationIds: actor?.role === Role.Recruiter ? actor.organisationIds : [] };
}

export function statusActorOf(actor: Actor): StatusActor {
  return { accountId: actor.userId, role: actor.role };
}

export function asFieldErrors(errors: readonly RowError[]) {
  const byField = new Map<string, string[]>();
  for (const error of errors) byField.set(error.field, [...(byField.get(error.field) ?? []), error.message]);
  return [...byField].map(([field, messages]) => ({ field, messages }));
}

function definedFields(dto: UpdateVacancyDto): Partial<VacancyContent> {
  return Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)) as Partial<VacancyContent>;
}
