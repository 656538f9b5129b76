import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { DataSource } from 'typeorm';

export interface GroupTension {
  iscoCode: string;
  openVacancies: number;
  jobSeekers: number;
  /** Job seekers per open vacancy (job seekers when there is none). */
  tension: number;
  /** The occupation with the most open vacancies in the group (null: none open). */
  topOccupationId: string | null;
}

/** Recomputed at most this often: the figures move by the day, not by the second. */
const REFRESH_MS = 5 * 60_000;

/**
 * Tension per ISCO unit group: active job seekers who want an occupation of the group, per published
 * vacancy of the group. The city's policy note reads the labour market this way (werkzoekenden per vacature).
 */
@Injectable()
export class OccupationTension {
  private cached: { at: number; byGroup: Map<string, GroupTension> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async byGroup(): Promise<Map<string, GroupTension>> {
    const now = this.clock.now().getTime();
    if (this.cached && now - this.cached.at < REFRESH_MS) return this.cached.byGroup;
    const [seekers, openings] = await Promise.all([
      this.dataSource.query<{ isco_code: string; n: number }[]>(
        `SELECT o.isco_code, count(DISTINCT p.account_id)::int AS n
           FROM job_seeker_profiles p
           CROSS JOIN LATERAL jsonb_array_elements(p.desired_occupations) d
           JOIN occupations o ON o.id = (d->>'occupationId')::uuid
          WHERE p.availability = 'active'
          GROUP BY o.isco_code`,
      ),
      this.dataSource.query<{ isco_code: string; n: number; top: string }[]>(
        `SELECT isco_code, sum(n)::int AS n, (array_agg(occupation_id ORDER BY n DESC, occupation_id))[1]::text AS top
           FROM (SELECT isco_code, occupation_id, count(*) AS n FROM vacancies WHERE status = 'published'
                  GROUP BY isco_code, occupation_id) per_occupation
          GROUP BY isco_code`,
      ),
    ]);
    const byGroup = new Map<string, GroupTension>();
    const entry = (iscoCode: string) => {
      let found = byGroup.get(iscoCode);
      if (!found) {
        found = { iscoCode, openVacancies: 0, jobSeekers: 0, tension: 0, topOccupationId: null };
        byGroup.set(iscoCode, found);
      }
      return found;
    };
    for (const row of seekers) entry(row.isco_code).jobSeekers = row.n;
    for (const row of openings) {
      const group = entry(row.isco_code);
      group.openVacancies = row.n;
      group.topOccupationId = row.top;
    }
    for (const group of byGroup.values()) {
      group.tension = group.openVacancies === 0 ? group.jobSeekers : round1(group.jobSeekers / group.openVacancies);
    }
    this.cached = { at: now, byGroup };
    return byGroup;
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
