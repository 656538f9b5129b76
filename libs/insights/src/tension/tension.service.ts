import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource } from 'typeorm';
import { GHENT_TOTALS_2013, OCCUPATION_GROUPS_2013, OTHER_GROUP_KEY } from '../occupation-groups-2013';
import { cellsToSuppress, isSmallCount, MINIMUM_SHOWN_JOB_SEEKERS, tensionCell } from './suppression';
import { TensionDimension, TensionReportDto, TensionRowDto } from './tension.dto';

interface CountRow {
  key: string;
  n: number;
}

// Active profiles' wished occupations, one row per person and ISCO code; the groups are matched in SQL so only
// counts leave the database.
const SEEKER_CODES = `
  SELECT DISTINCT p.account_id, o.isco_code
    FROM job_seeker_profiles p
    CROSS JOIN LATERAL jsonb_array_elements(p.desired_occupations) d
    JOIN occupations o ON o.id = (d->>'occupationId')::uuid
   WHERE p.availability = 'active'`;

// The group of a code is the longest prefix among the note's ISCO codes ($1 keys, $2 prefixes); no match: "other".
const GROUP_OF = (source: string, idColumn: string) => `
  SELECT DISTINCT ON (s.${idColumn}, s.isco_code) s.${idColumn} AS id, coalesce(g.key, '${OTHER_GROUP_KEY}') AS key
    FROM (${source}) s
    LEFT JOIN unnest($1::text[], $2::text[]) AS g(key, prefix) ON s.isco_code LIKE g.prefix || '%'
   ORDER BY s.${idColumn}, s.isco_code, length(g.prefix) DESC NULLS LAST`;

/**
 * Tension (spanningsindicator: job seekers per open vacancy) now, per occupation group of the policy note or per wijk,
 * beside the note's 2013 figures. Counts only; small job-seeker counts are suppressed (see suppression.ts).
 */
@Injectable()
export class TensionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async report(by: TensionDimension): Promise<TensionReportDto> {
    const [rows, totals] = await Promise.all([
      by === 'wijk' ? this.byWijk() : this.byOccupationGroup(),
      this.dataSource.query<{ seekers: number; openings: number }[]>(
        `SELECT (SELECT count(*) FROM job_seeker_profiles WHERE availability = 'active')::int AS seekers,
                (SELECT count(*) FROM vacancies WHERE status = 'published')::int AS openings`,
      ),
    ]);
    const { seekers, openings } = totals[0];
    return {
      by,
      countedAt: this.clock.now().toISOString(),
      minimumShown: MINIMUM_SHOWN_JOB_SEEKERS,
      // A city total of 1 to 4 (a young installation) would name people as surely as a small wijk.
      totals: {
        jobSeekers: isSmallCount(seekers) ? null : seekers,
        openVacancies: openings,
        tension: tensionCell(seekers, openings).tension,
      },
      totals2013: {
        ...GHENT_TOTALS_2013,
        tension: Math.round((GHENT_TOTALS_2013.jobSeekers / GHENT_TOTALS_2013.openVacancies) * 10) / 10,
      },
      rows,
    };
  }

  // Groups overlap (someone may wish for work in two), so they do not add up to the total and only small cells are
  // hidden; there is no sum to subtract them from.
  private async byOccupationGroup(): Promise<TensionRowDto[]> {
    const keys = OCCUPATION_GROUPS_2013.flatMap((group) => group.iscoCodes.map(() => group.key));
    const prefixes = OCCUPATION_GROUPS_2013.flatMap((group) => group.iscoCodes);
    const [seekers, openings] = await Promise.all([
      this.dataSource.query<CountRow[]>(
        `SELECT key, count(DISTINCT id)::int AS n FROM (${GROUP_OF(SEEKER_CODES, 'account_id')}) grouped GROUP BY key`,
        [keys, prefixes],
      ),
      this.dataSource.query<CountRow[]>(
        `SELECT key, count(*)::int AS n
           FROM (${GROUP_OF(`SELECT id, isco_code FROM vacancies WHERE status = 'published'`, 'id')}) grouped
          GROUP BY key`,
        [keys, prefixes],
      ),
    ]);
    const seekersOf = countsByKey(seekers);
    const openingsOf = countsByKey(openings);
    const rows: TensionRowDto[] = OCCUPATION_GROUPS_2013.map((group) => ({
      key: group.key,
      nameNl: group.nameNl,
      nameEn: group.nameEn,
      ...tensionCell(seekersOf.get(group.key) ?? 0, openingsOf.get(group.key) ?? 0),
      figures2013: {
        openVacancies: group.openVacancies2013,
        jobSeekers: group.jobSeekers2013,
        tension: group.tension2013,
      },
    }));
    rows.push({
      key: OTHER_GROUP_KEY,
      nameNl: 'Andere beroepen',
      nameEn: 'Other occupations',
      ...tensionCell(seekersOf.get(OTHER_GROUP_KEY) ?? 0, openingsOf.get(OTHER_GROUP_KEY) ?? 0),
      figures2013: null,
    });
    return rows;
  }

  private async byWijk(): Promise<TensionRowDto[]> {
    const rows = await this.dataSource.query<{ id: number; name: string; seekers: number; openings: number }[]>(
      `SELECT n.id, n.name,
              (SELECT count(*) FROM job_seeker_profiles p
                WHERE p.home_neighbourhood_id = n.id AND p.availability = 'active')::int AS seekers,
              (SELECT count(*) FROM vacancies v WHERE v.neighbourhood_id = n.id AND v.status = 'published')::int AS openings
         FROM neighbourhoods n
        ORDER BY n.id`,
    );
    // Each job seeker lives in exactly one wijk, so the wijken add up to the total shown beside them.
    const hidden = cellsToSuppress(rows.map((row) => row.seekers));
    return rows.map((row, index) => ({
      key: String(row.id),
      nameNl: row.name,
      nameEn: row.name,
      ...tensionCell(row.seekers, row.openings, hidden.has(index)),
    }));
  }
}

function countsByKey(rows: CountRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.key, row.n]));
}
