import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@werkpunt/identity';
import { DataSource } from 'typeorm';
import { cefrRank } from '../indexes/cefr-rank';
import { VACANCY_INDEX } from '../indexes/vacancy-index';
import { RankingKind } from '../ranking/ranking-record.entity';
import { RankingRecorder } from '../ranking/ranking-recorder';
import { Filter, SEARCH_ENGINE, SearchEngine, Sort } from '../search-engine';
import { LabelLookup } from './skill-labels';
import { vacancyCard } from './vacancy-card';
import { VacancySearchQueryDto, VacancySearchView } from './vacancy-search.dto';
import { WijkMap } from './wijk-map';

/** The facets a visitor filters by, in the order the page shows them. */
const FACETS = ['iscoMajor', 'neighbourhoodId', 'programme', 'hoursBand', 'shortage'] as const;

/**
 * Free-text search over published vacancies with filters and facets, for anyone (no login). Relevance
 * first when there is text, newest first otherwise. Recorded like every ranking, without a person.
 */
@Injectable()
export class VacancySearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly labels: LabelLookup,
    private readonly wijken: WijkMap,
    private readonly recorder: RankingRecorder,
  ) {}

  async search(query: VacancySearchQueryDto, actor: Actor | null): Promise<VacancySearchView> {
    const filters = searchFilters(query);
    const sort: Sort[] = [{ field: 'publishedAt', direction: 'desc' }];
    const result = await this.engine.search(VACANCY_INDEX, {
      text: query.q?.trim() || undefined,
      filters,
      sort,
      facets: [...FACETS],
      limit: query.limit,
      offset: query.offset,
    });
    const wijken = await this.wijken.all();
    const groupLabels = await this.labels.iscoGroups(Object.keys(result.facets.iscoMajor ?? {}));
    const rankingId = await this.dataSource.transaction((manager) =>
      this.recorder.record(manager, {
        kind: RankingKind.VacancySearch,
        actor,
        inputs: { query: { ...query }, engine: this.engine.kind },
        weights: {},
        // Text relevance has no matching score: the position stands in for it.
        ranked: result.hits.map((hit, i) => ({ id: hit.id, version: hit.version, score: query.offset + i + 1 })),
      }),
    );
    return {
      rankingId,
      total: result.total ?? result.hits.length,
      items: result.hits.map(vacancyCard).map((card) => ({ ...card, distanceKm: undefined })),
      facets: {
        occupationGroup: facetList(
          result.facets.iscoMajor,
          (code) => groupLabels[code]?.nl ?? code,
          (code) => groupLabels[code]?.en ?? code,
        ),
        wijk: facetList(
          result.facets.neighbourhoodId,
          (id) => wijken.get(Number(id))?.name ?? id,
          (id) => wijken.get(Number(id))?.name ?? id,
        ),
        programme: facetList(result.facets.programme),
        hours: facetList(result.facets.hoursBand),
        shortage: facetList(result.facets.shortage),
      },
    };
  }
}

export function searchFilters(query: VacancySearchQueryDto): Filter[] {
  const filters: Filter[] = [];
  if (query.occupationGroup) filters.push({ field: 'iscoMajor', op: 'in', values: query.occupationGroup });
  if (query.wijk) filters.push({ field: 'neighbourhoodId', op: 'in', values: query.wijk });
  if (query.programme) filters.push({ field: 'programme', op: 'in', values: query.programme });
  if (query.hours) filters.push({ field: 'hoursBand', op: 'in', values: query.hours });
  if (query.shortage !== undefined) filters.push({ field: 'shortage', op: 'eq', value: query.shortage });
  if (query.maxDutchLevel) filters.push({ field: 'dutchRank', op: 'range', lte: cefrRank(query.maxDutchLevel) });
  return filters;
}

function facetList(
  counts: Record<string, number> | undefined,
  nl: (value: string) => string = (v) => v,
  en: (value: string) => string = nl,
) {
  return Object.entries(counts ?? {})
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([value, count]) => ({ value, count, label: { nl: nl(value), en: en(value) } }));
}
