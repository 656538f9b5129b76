import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cefrRank } from './cefr-rank';
import { DataSource, EntityManager } from 'typeorm';
import { SearchDocument } from '../search-engine';
import { documentsById } from './documents-by-id';
import { hoursBandOf } from './vacancy-index';

interface VacancyRow {
  id: string;
  kind: string;
  status: string;
  title: string;
  description: string;
  occupation_id: string;
  occupation_label: string;
  isco_code: string;
  shortage: boolean;
  required_skill_ids: string[];
  nice_to_have_skill_ids: string[];
  skill_names: string | null;
  minimum_education: string;
  dutch_level: string | null;
  other_languages: { language: string; level: string }[];
  driving_licences: string[];
  hours_per_week_min: number;
  hours_per_week_max: number;
  shifts: string[];
  contract_type: string;
  programme: string;
  positions: number;
  neighbourhood_id: number | null;
  neighbourhood_name: string | null;
  organisation_id: string;
  organisation_name: string;
  social_economy: boolean;
  published_at: Date | null;
  closing_date: string | null;
  start_date: string | null;
  remote_share_percent: number;
  lat: number | null;
  lon: number | null;
}

/**
 * Builds vacancy documents from PostgreSQL, many at a time. It reads the vacancies context's tables with one
 * SQL statement rather than through its services: the index is a denormalised read model, and a reindex of
 * 100,000 vacancies must not cost 100,000 round trips.
 */
@Injectable()
export class VacancyDocuments {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** id → document, or null when the vacancy is gone or not published (then it must leave the index). */
  async build(ids: string[], version: (id: string) => number, manager?: EntityManager) {
    const rows: VacancyRow[] = await (manager ?? this.dataSource.manager).query(
      `${VACANCY_SELECT} WHERE v.id = ANY($1::uuid[])`,
      [ids],
    );
    return documentsById(
      ids,
      rows,
      (row) => row.id,
      (row, id) => (row.status === 'published' ? vacancyDocument(row, version(id)) : null),
    );
  }

  /** Published vacancy ids after `afterId`, in id order: the reindex walks them in batches. */
  async publishedIdsAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM vacancies WHERE status = 'published' AND ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }

  async countPublished(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM vacancies WHERE status = 'published'`);
    return n;
  }
}

const VACANCY_SELECT = `
  SELECT v.id, v.kind, v.status, v.title, v.description, v.occupation_id, o.preferred_label AS occupation_label,
         v.isco_code, v.shortage, v.required_skill_ids, v.nice_to_have_skill_ids,
         (SELECT string_agg(sk.name_nl, ' ') FROM skills sk
           WHERE sk.id = ANY(v.required_skill_ids || v.nice_to_have_skill_ids)) AS skill_names,
         v.minimum_education, v.dutch_level, v.other_languages, v.driving_licences,
         v.hours_per_week_min, v.hours_per_week_max, v.shifts, v.contract_type, v.programme, v.positions,
         v.neighbourhood_id, n.name AS neighbourhood_name, v.organisation_id,
         coalesce(org.trading_name, org.legal_name) AS organisation_name, org.social_economy,
         v.published_at, v.closing_date::text AS closing_date, v.start_date::text AS start_date,
         v.remote_share_percent,
         -- A site located by postcode only has its wijk: the wijk's centre stands in for the address.
         coalesce(s.lat, n.centroid_lat) AS lat, coalesce(s.lon, n.centroid_lon) AS lon
    FROM vacancies v
    JOIN organisation_sites s ON s.id = v.site_id
    JOIN organisations org ON org.id = v.organisation_id
    JOIN occupations o ON o.id = v.occupation_id
    LEFT JOIN neighbourhoods n ON n.id = v.neighbourhood_id`;

export function vacancyDocument(row: VacancyRow, version: number): SearchDocument {
  return {
    id: row.id,
    version,
    geo: row.lat !== null && row.lon !== null ? { lat: row.lat, lng: row.lon } : null,
    fields: {
      kind: row.kind,
      title: row.title,
      description: row.description,
      occupationId: row.occupation_id,
      occupationLabel: row.occupation_label,
      iscoCode: row.isco_code,
      iscoMinor: row.isco_code.slice(0, 3),
      iscoSubMajor: row.isco_code.slice(0, 2),
      iscoMajor: row.isco_code.slice(0, 1),
      shortage: row.shortage,
      requiredSkillIds: row.required_skill_ids,
      niceToHaveSkillIds: row.nice_to_have_skill_ids,
      skillNames: row.skill_names ?? '',
      minimumEducation: row.minimum_education,
      dutchLevel: row.dutch_level,
      // 0 = no Dutch needed: "accepts A2" is the filter dutchRank <= 2.
      dutchRank: row.dutch_level ? cefrRank(row.dutch_level) : 0,
      otherLanguages: row.other_languages.map((l) => `${l.language}:${l.level}`),
      drivingLicences: row.driving_licences,
      hoursMin: row.hours_per_week_min,
      hoursMax: row.hours_per_week_max,
      hoursBand: hoursBandOf(row.hours_per_week_max),
      shifts: row.shifts,
      contractType: row.contract_type,
      programme: row.programme,
      positions: row.positions,
      neighbourhoodId: row.neighbourhood_id,
      neighbourhoodName: row.neighbourhood_name,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      socialEconomy: row.social_economy,
      publishedAt: row.published_at ? row.published_at.toISOString() : null,
      closingDate: row.closing_date,
      startDate: row.start_date,
      remoteSharePercent: row.remote_share_percent,
    },
  };
}
