import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CursorPosition } from '@werkpunt/platform';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { VacancyStatus } from './domain/vacancy-vocabulary';
import { VacancyListQueryDto, VacancySort } from './dto/vacancy-list-query.dto';
import type { ListVisibility } from './vacancies.service';
import { Vacancy } from './vacancy.entity';

// Sort keys as fixed-width text in the "C" collation, so the keyset comparison (key, id) > (cursor) is exact:
// a timestamp read back into a JavaScript Date would lose its microseconds and repeat or skip rows.
// Drafts have no publication time yet and sort by their creation; vacancies without a closing date last.
const SORT_KEY: Readonly<Record<'publishedAt' | 'closingDate', string>> = {
  publishedAt: `to_char(COALESCE(v.published_at, v.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') COLLATE "C"`,
  closingDate: `to_char(COALESCE(v.closing_date, DATE '9999-12-31'), 'YYYY-MM-DD') COLLATE "C"`,
};

/** The vacancy list: filters, visibility and keyset pagination in one query. */
@Injectable()
export class VacancyListing {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(
    visibility: ListVisibility,
    query: VacancyListQueryDto,
    after: CursorPosition | null,
    limit: number,
  ): Promise<{ rows: Vacancy[]; sortKeyOf: (row: Vacancy) => string }> {
    const sort: VacancySort = query.sort ?? '-publishedAt';
    const descending = sort.startsWith('-');
    const key = SORT_KEY[sort.replace('-', '') as 'publishedAt' | 'closingDate'];
    const qb = this.dataSource
      .getRepository(Vacancy)
      .createQueryBuilder('v')
      .addSelect(key, 'sort_key')
      .where('v.status = :status', { status: query.status ?? VacancyStatus.Published });
    this.restrictVisibility(qb, visibility);
    this.applyFilters(qb, query);
    if (after) {
      qb.andWhere(`(${key}, v.id) ${descending ? '<' : '>'} (:afterKey COLLATE "C", :afterId)`, {
        afterKey: after.sortKey,
        afterId: after.id,
      });
    }
    const direction = descending ? 'DESC' : 'ASC';
    const { entities, raw } = await qb
      .orderBy(key, direction)
      .addOrderBy('v.id', direction)
      .limit(limit + 1)
      .getRawAndEntities<{ sort_key: string; v_id: string }>();
    const keys = new Map(raw.map((row) => [row.v_id, row.sort_key]));
    return { rows: entities, sortKeyOf: (row) => keys.get(row.id) ?? '' };
  }

  private restrictVisibility(qb: SelectQueryBuilder<Vacancy>, visibility: ListVisibility): void {
    if (visibility.all) return;
    qb.andWhere(
      new Brackets((inner) => {
        inner.where('v.status = :published', { published: VacancyStatus.Published });
        if (visibility.organisationIds.length > 0)
          inner.orWhere('v.organisation_id IN (:...mine)', { mine: visibility.organisationIds });
      }),
    );
  }

  private applyFilters(qb: SelectQueryBuilder<Vacancy>, query: VacancyListQueryDto): void {
    if (query.occupation) qb.andWhere('v.occupation_id = :occupation', { occupation: query.occupation.toLowerCase() });
    if (query.isco) qb.andWhere('v.isco_code LIKE :isco', { isco: `${query.isco}%` });
    if (query.wijk !== undefined) qb.andWhere('v.neighbourhood_id = :wijk', { wijk: query.wijk });
    if (query.programme) qb.andWhere('v.programme = :programme', { programme: query.programme });
    if (query.kind) qb.andWhere('v.kind = :kind', { kind: query.kind });
    if (query.organisation) qb.andWhere('v.organisation_id = :organisation', { organisation: query.organisation });
    if (query.shortage !== undefined) qb.andWhere('v.shortage = :shortage', { shortage: query.shortage });
  }
}
