import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditAction, AuditPurpose, AuditService, PolicyService, Role, subjectRef } from '@werkpunt/identity';
import { JobSeekerProfile, programmeEligibility } from '@werkpunt/jobseekers';
import { explainMatch, MatchSeeker, rankMatches, scoreMatch } from '@werkpunt/matching';
import { Clock } from '@werkpunt/platform';
import { ghentDate, Vacancy } from '@werkpunt/vacancies';
import { DataSource, In } from 'typeorm';
import { PROFILE_INDEX } from '../indexes/profile-index';
import { VacancyDocuments } from '../indexes/vacancy-documents';
import { RankingKind } from '../ranking/ranking-record.entity';
import { RankingRecorder } from '../ranking/ranking-recorder';
import { Filter, SEARCH_ENGINE, SearchEngine, SearchHit } from '../search-engine';
import { candidateCard, CandidatesView } from './candidate-views';
import { seekerFromHit, vacancyFromHit } from './match-inputs';
import { explanationView } from './match-views';
import { MatchWeightsProvider } from './match-weights';
import { PageRequest } from './seeker-matches.service';
import { LabelLookup } from './skill-labels';
import { WijkMap } from './wijk-map';

/** Profiles scored per request: the nearest people in the vacancy's occupation family. */
export const CANDIDATE_POOL = 500;
/** Nobody's commute reaches further than this (straight line); each person's own limit is checked after. */
const FURTHEST_COMMUTE_M = 60_000;
const NO_VACANCY = 'No such vacancy, or not one of your organisation.';
const ARTIKEL_60_NOTICE =
  'Artikel 60 work experience is arranged by the OCMW: its mediators propose candidates; employers see none here.';

/**
 * Anonymised candidates for a vacancy, ranked with reasons: for the organisation's recruiters and for
 * mediators. Only people who are looking and agreed to be visible are in the index. Each candidate shown
 * is a look at that person's (anonymised) file: one audit row each, in the same transaction as the record
 * of the ranking.
 */
@Injectable()
export class CandidatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly vacancies: VacancyDocuments,
    private readonly policies: PolicyService,
    private readonly audit: AuditService,
    private readonly wijken: WijkMap,
    private readonly labels: LabelLookup,
    private readonly weights: MatchWeightsProvider,
    private readonly recorder: RankingRecorder,
    private readonly clock: Clock,
  ) {}

  async forVacancy(
    actor: Actor,
    vacancyId: string,
    page: PageRequest,
    requestId: string | null,
  ): Promise<CandidatesView> {
    const vacancy = await this.dataSource.manager.findOne(Vacancy, {
      select: { id: true, organisationId: true, status: true, programme: true, version: true },
      where: { id: vacancyId },
    });
    if (!vacancy) throw new NotFoundException(NO_VACANCY);
    this.policies.ensureCan(
      actor,
      'read',
      subjectRef('VacancyCandidates', { organisationId: vacancy.organisationId }),
      NO_VACANCY,
    );
    if (vacancy.status !== 'published') {
      throw new ConflictException('Candidates are found for published vacancies: publish this one first.');
    }
    const document = (await this.vacancies.build([vacancyId], () => 0)).get(vacancyId);
    if (!document) throw new NotFoundException(NO_VACANCY);
    const hit: SearchHit = { ...document, geo: document.geo ?? null, distanceMeters: null };
    const target = vacancyFromHit(hit);
    const weights = this.weights.current();

    const recordOnly = async (
      items: CandidatesView['items'],
      ranked: { id: string; version: number; score: number }[],
      total: number,
      notice: string | null,
    ) => {
      const rankingId = await this.dataSource.transaction(async (manager) => {
        for (const item of items) {
          await this.audit.recordAccess(
            {
              actor,
              record: {
                jobSeekerAccountId: item.candidate.candidateId,
                recordType: 'AnonymisedMatch',
                recordId: vacancyId,
              },
              action: AuditAction.Read,
              purpose: actor.role === Role.Admin ? AuditPurpose.AdminSupport : AuditPurpose.Matching,
              requestId,
            },
            manager,
          );
        }
        return this.recorder.record(manager, {
          kind: RankingKind.CandidatesForVacancy,
          actor,
          subjectVacancyId: vacancyId,
          inputs: { vacancyVersion: vacancy.version, engine: this.engine.kind, offset: page.offset, limit: page.limit },
          weights,
          ranked,
        });
      });
      return { rankingId, total, items, notice };
    };

    // Artikel 60 eligibility means "lives on a living wage": an employer must never learn who that is.
    if (target.programme === 'artikel_60' && actor.role === Role.Recruiter)
      return recordOnly([], [], 0, ARTIKEL_60_NOTICE);

    if (!hit.geo)
      throw new ConflictException('This vacancy’s site has no location, so nobody can be matched by distance.');
    const result = await this.engine.search(PROFILE_INDEX, {
      filters: candidateFilters(target),
      geo: { point: hit.geo, radiusMeters: FURTHEST_COMMUTE_M },
      sort: [{ geoDistance: 'asc' }],
      limit: CANDIDATE_POOL,
      countTotal: false,
    });
    const eligibility = await this.currentEligibility(
      target.programme,
      result.hits.map((h) => h.id),
    );
    const wijken = await this.wijken.all();
    const context = { today: ghentDate(this.clock.now()), weights, direction: 'candidates-for-vacancy' as const };
    const pool = result.hits.map((candidate) => {
      const seeker: MatchSeeker = seekerFromHit(candidate);
      if (eligibility) seeker.eligibleProgrammes = eligibility.get(candidate.id) ?? [];
      const home = wijken.get(seeker.homeNeighbourhoodId);
      const proximity = home
        ? this.wijken.proximity(home, target.neighbourhoodId, candidate.distanceMeters, wijken)
        : {
            distanceKm: candidate.distanceMeters === null ? null : candidate.distanceMeters / 1000,
            sameNeighbourhood: false,
            neighbouringNeighbourhood: false,
          };
      return {
        item: candidate,
        id: candidate.id,
        seeker,
        proximity,
        explanation: scoreMatch(seeker, target, proximity, context),
      };
    });
    const ranked = rankMatches(pool);
    const shown = ranked.slice(page.offset, page.offset + page.limit);
    // Labels for the reasons and the cards: only for the page that is explained.
    const shownOccupations = shown.flatMap((r) => (r.item.fields.occupationIds as string[]) ?? []);
    const labels = {
      skills: await this.labels.skills([
        ...target.requiredSkillIds,
        ...target.niceToHaveSkillIds,
        ...shown.flatMap((r) => (r.item.fields.skillIds as string[]) ?? []),
      ]),
      occupations: await this.labels.occupations([target.occupationId, ...shownOccupations]),
    };
    const items = shown.map((r) => ({
      candidate: candidateCard(r.item, labels, wijken.get(r.item.fields.homeNeighbourhoodId as number)?.name ?? ''),
      match: explanationView(explainMatch(r.seeker, target, r.proximity, { ...context, labels })),
    }));
    return recordOnly(
      items,
      ranked.map((r) => ({ id: r.item.id, version: r.item.version, score: r.explanation.score })),
      ranked.length,
      null,
    );
  }

  /**
   * For a programme with an entry rule, eligibility is checked again on today's facts in PostgreSQL: the
   * index may be a day old (someone turned 25), and artikel 60 is never in the index at all.
   */
  private async currentEligibility(programme: string, ids: string[]): Promise<Map<string, string[]> | null> {
    if (programme !== 'instapstage' && programme !== 'artikel_60') return null;
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(JobSeekerProfile, {
      select: {
        accountId: true,
        dateOfBirth: true,
        registeredSince: true,
        educationLevel: true,
        livingWageClient: true,
        inArtikel60: true,
      },
      where: { accountId: In(ids) },
    });
    const now = this.clock.now();
    return new Map(
      rows.map((row) => [
        row.accountId,
        programmeEligibility(row, now).programmes.map((p) => (p === 'artikel60' ? 'artikel_60' : p)),
      ]),
    );
  }
}

/** What the profile index can rule out before scoring. */
export function candidateFilters(vacancy: ReturnType<typeof vacancyFromHit>): Filter[] {
  const filters: Filter[] = [{ field: 'occupationIscoSubMajors', op: 'eq', value: vacancy.iscoCode.slice(0, 2) }];
  for (const licence of vacancy.drivingLicences) filters.push({ field: 'drivingLicences', op: 'eq', value: licence });
  if (vacancy.programme === 'instapstage')
    filters.push({ field: 'eligibleProgrammes', op: 'eq', value: 'instapstage' });
  return filters;
}
