import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ConsentService } from '@werkpunt/identity';
import { commuteRadiusKm, explainMatch, MatchSeeker, rankMatches, scoreMatch } from '@werkpunt/matching';
import { Clock } from '@werkpunt/platform';
import { TaxonomyService } from '@werkpunt/taxonomy';
import { DRIVING_LICENCES, ghentDate } from '@werkpunt/vacancies';
import { DataSource } from 'typeorm';
import { VACANCY_INDEX } from '../indexes/vacancy-index';
import { RankingKind } from '../ranking/ranking-record.entity';
import { RankingRecorder } from '../ranking/ranking-recorder';
import { Filter, SEARCH_ENGINE, SearchEngine, SearchHit } from '../search-engine';
import { MatchWeightsProvider } from './match-weights';
import { vacancyCard } from './vacancy-card';
import { explanationView, VacancyMatchesView } from './match-views';
import { seekerFromProfile, vacancyFromHit } from './match-inputs';
import { LabelLookup } from './skill-labels';
import { SeekerFile } from './seeker-file';
import { WijkMap } from './wijk-map';

/**
 * Vacancies scored per request: the nearest ones in the person's occupation families within their reach.
 * The pool is scored (scoreMatch); only the page shown is explained, which costs ~10× more per match.
 */
export const SEEKER_MATCH_POOL = 300;
/** Programmes with an entry rule: hidden unless the person meets it. */
const RULED_PROGRAMMES = ['instapstage', 'artikel_60'];

export interface PageRequest {
  limit: number;
  offset: number;
}

/**
 * "Jobs for me": the vacancies for one job seeker, ranked by the matching score with the reasons. Retrieval
 * asks the index for open vacancies the person could take (programme rules, driving licence, within the
 * commute radius, in the ISCO sub-major groups of their wishes), nearest first; matching scores that pool
 * and explains each result. Every ranking served is recorded.
 */
@Injectable()
export class SeekerMatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly file: SeekerFile,
    private readonly consents: ConsentService,
    private readonly taxonomy: TaxonomyService,
    private readonly wijken: WijkMap,
    private readonly labels: LabelLookup,
    private readonly weights: MatchWeightsProvider,
    private readonly recorder: RankingRecorder,
    private readonly clock: Clock,
  ) {}

  async forSeeker(
    actor: Actor,
    accountId: string,
    page: PageRequest,
    requestId: string | null,
  ): Promise<VacancyMatchesView> {
    const profile = await this.file.profileFor(actor, accountId, requestId);
    const now = this.clock.now();
    // Independent reads on separate pool connections: a ranking waits for the slowest, not for their sum.
    const [occupations, visible, wijken] = await Promise.all([
      this.taxonomy.occupationRefs(profile.desiredOccupations.map((w) => w.occupationId)),
      this.consents.isVisibleToEmployers(accountId),
      this.wijken.all(),
    ]);
    const seeker = seekerFromProfile(
      profile,
      new Map([...occupations].map(([id, ref]) => [id, ref.iscoCode])),
      visible,
      now,
    );
    const home = wijken.get(seeker.homeNeighbourhoodId);
    if (!home) throw new NotFoundException('The home wijk of this profile is unknown.');

    const result = await this.engine.search(VACANCY_INDEX, {
      filters: retrievalFilters(seeker),
      geo: { point: { lat: home.centroid.lat, lng: home.centroid.lon }, radiusMeters: commuteRadiusKm(seeker) * 1000 },
      sort: [{ geoDistance: 'asc' }],
      limit: SEEKER_MATCH_POOL,
      countTotal: false,
    });

    const weights = this.weights.current();
    const context = { today: ghentDate(now), weights, direction: 'vacancies-for-seeker' as const };
    const pool = result.hits.map((hit) => {
      const vacancy = vacancyFromHit(hit);
      const neighbourhoodId = (hit.fields.neighbourhoodId as number | null) ?? null;
      const proximity = this.wijken.proximity(home, neighbourhoodId, hit.distanceMeters, wijken);
      return {
        item: hit,
        id: hit.id,
        vacancy,
        proximity,
        explanation: scoreMatch(seeker, vacancy, proximity, context),
      };
    });
    const excluded = countExclusions(pool.map((match) => match.explanation));
    const ranked = rankMatches(pool);
    const shown = ranked.slice(page.offset, page.offset + page.limit);
    // One INSERT, atomic on its own: no transaction round trips around it.
    const recorded = this.recorder.record(this.dataSource.manager, {
      kind: RankingKind.VacanciesForSeeker,
      actor,
      subjectAccountId: accountId,
      inputs: {
        profileVersion: profile.version,
        engine: this.engine.kind,
        pool: result.hits.length,
        offset: page.offset,
        limit: page.limit,
      },
      weights,
      ranked: ranked.map((r) => ({ id: r.item.id, version: r.item.version, score: r.explanation.score })),
    });
    // Awaited below; handled here too, so a failure while the labels load cannot leave it unhandled.
    recorded.catch(() => undefined);
    // Reasons name skills and occupations: labels only for the page that is explained.
    const [skills, occupationLabels] = await Promise.all([
      this.labels.skills(
        shown.flatMap((r) => [...stringsOf(r.item, 'requiredSkillIds'), ...stringsOf(r.item, 'niceToHaveSkillIds')]),
      ),
      this.labels.occupations([
        ...seeker.desiredOccupations.map((o) => o.occupationId),
        ...shown.map((r) => r.item.fields.occupationId as string),
      ]),
    ]);
    const labels = { skills, occupations: occupationLabels };
    const explained = shown.map((r) => ({
      item: r.item,
      explanation: explainMatch(seeker, r.vacancy, r.proximity, { ...context, labels }),
    }));

    // The record is written while the page is explained; nothing is served before it is stored.
    const rankingId = await recorded;
    return {
      rankingId,
      total: ranked.length,
      excluded,
      items: explained.map((r) => ({ vacancy: vacancyCard(r.item), match: explanationView(r.explanation) })),
    };
  }
}

/** What the index can rule out before scoring; matching re-checks every hard filter on what comes back. */
export function retrievalFilters(seeker: MatchSeeker): Filter[] {
  const filters: Filter[] = [];
  // The occupation families first: PostgreSQL tests conditions of equal cost in the order written, and this
  // one rules out most documents, so the walk past them skips the programme and licence tests.
  const families = [...new Set(seeker.desiredOccupations.map((o) => o.iscoCode.slice(0, 2)))];
  if (families.length > 0) filters.push({ field: 'iscoSubMajor', op: 'in', values: families });
  const barred = RULED_PROGRAMMES.filter((p) => !seeker.eligibleProgrammes.includes(p));
  if (barred.length > 0) filters.push({ op: 'not', filter: { field: 'programme', op: 'in', values: barred } });
  const held = new Set(seeker.drivingLicences);
  const missing = DRIVING_LICENCES.filter((l) => !held.has(l));
  if (missing.length > 0) filters.push({ op: 'not', filter: { field: 'drivingLicences', op: 'in', values: missing } });
  return filters;
}

export function countExclusions(
  explanations: { eligible: boolean; hardFilters: { filter: string; passed: boolean }[] }[],
) {
  const counts: Record<string, number> = {};
  for (const e of explanations) {
    if (e.eligible) continue;
    for (const f of e.hardFilters) if (!f.passed) counts[f.filter] = (counts[f.filter] ?? 0) + 1;
  }
  return counts;
}

function stringsOf(hit: SearchHit, field: string): string[] {
  const value = hit.fields[field];
  return Array.isArray(value) ? value.map(String) : [];
}
