import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Bilingual } from '@werkpunt/matching';
import { DataSource } from 'typeorm';

/** Skill and occupation names for the reasons and the result cards, many ids in one query. */
@Injectable()
export class LabelLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async skills(ids: Iterable<string>): Promise<Record<string, Bilingual>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return {};
    const rows: { id: string; nl: string; en: string }[] = await this.dataSource.query(
      `SELECT id, name_nl AS nl, name_en AS en FROM skills WHERE id = ANY($1)`,
      [list],
    );
    return Object.fromEntries(rows.map((r) => [r.id, { nl: r.nl, en: r.en }]));
  }

  /** ESCO occupations have Dutch labels only in our data: the English side repeats the Dutch one. */
  async occupations(ids: Iterable<string>): Promise<Record<string, Bilingual>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return {};
    const rows: { id: string; label: string }[] = await this.dataSource.query(
      `SELECT id, preferred_label AS label FROM occupations WHERE id = ANY($1::uuid[])`,
      [list],
    );
    return Object.fromEntries(rows.map((r) => [r.id, { nl: r.label, en: r.label }]));
  }

  /** ISCO groups by code (any level). */
  async iscoGroups(codes: Iterable<string>): Promise<Record<string, Bilingual>> {
    const list = [...new Set(codes)];
    if (list.length === 0) return {};
    const rows: { code: string; nl: string | null; en: string }[] = await this.dataSource.query(
      `SELECT code, label_nl AS nl, label_en AS en FROM isco_groups WHERE code = ANY($1)`,
      [list],
    );
    return Object.fromEntries(rows.map((r) => [r.code, { nl: r.nl ?? r.en, en: r.en }]));
  }
}
