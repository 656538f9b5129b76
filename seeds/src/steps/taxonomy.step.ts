import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import {
  buildOccupationLabels,
  EscoOccupationRecord,
  IscoGroupRecord,
  OccupationLabelRecord,
  readTaxonomyReferenceData,
  SkillRecord,
} from '@werkpunt/taxonomy';
import { SeedStep } from '../seed-step';

// Rows travel as one JSON parameter per statement: a few statements load thousands of rows.
const OCCUPATION_BATCH_SIZE = 500;

/**
 * ISCO-08 groups, the 3,007 Dutch ESCO occupations with their search labels, and the curated skills.
 * Upserts by fixed ids (ESCO UUIDs, ISCO codes, skill slugs) and only rewrites rows that changed; search
 * labels and skill links the files no longer have are removed, occupations, groups and skills never are,
 * because other tables may refer to them.
 */
export const taxonomySeedStep: SeedStep = {
  name: 'taxonomy',
  kind: 'reference',
  async run({ dataSource, dataDir, progress }) {
    const data = readTaxonomyReferenceData(join(dataDir, 'taxonomy'));
    const labels = buildOccupationLabels(data.occupations, data.synonyms);
    const labelsByOccupation = groupBy(labels, (label) => label.occupationId);

    progress.start('ESCO occupations', data.occupations.length);
    try {
      await dataSource.transaction(async (manager) => {
        await upsertIscoGroups(manager, data.iscoGroups);
        for (const batch of chunk(data.occupations, OCCUPATION_BATCH_SIZE)) {
          await upsertOccupations(manager, batch);
          await upsertLabels(
            manager,
            batch.flatMap((occupation) => labelsByOccupation.get(occupation.id) ?? []),
          );
          progress.increment(batch.length);
        }
        await removeLabelsNotIn(manager, labels);
        await upsertSkills(manager, data.skills);
      });
    } finally {
      progress.stop();
    }
  },
};

async function upsertIscoGroups(manager: EntityManager, groups: IscoGroupRecord[]): Promise<void> {
  const rows = groups.map((g) => ({
    code: g.code,
    level: g.level,
    parent_code: g.parentCode,
    label_en: g.labelEn,
    label_nl: g.labelNl,
  }));
  await manager.query(
    `INSERT INTO isco_groups (code, level, parent_code, label_en, label_nl)
     SELECT x.code, x.level::isco_level, x.parent_code, x.label_en, x.label_nl
     FROM jsonb_to_recordset($1::jsonb) AS x(code text, level text, parent_code text, label_en text, label_nl text)
     ON CONFLICT (code) DO UPDATE
       SET level = EXCLUDED.level, parent_code = EXCLUDED.parent_code,
           label_en = EXCLUDED.label_en, label_nl = EXCLUDED.label_nl
       WHERE (isco_groups.level, isco_groups.parent_code, isco_groups.label_en, isco_groups.label_nl)
             IS DISTINCT FROM (EXCLUDED.level, EXCLUDED.parent_code, EXCLUDED.label_en, EXCLUDED.label_nl)`,
    [JSON.stringify(rows)],
  );
}

async function upsertOccupations(manager: EntityManager, occupations: EscoOccupationRecord[]): Promise<void> {
  const rows = occupations.map((o) => ({
    id: o.id,
    esco_code: o.escoCode,
    isco_code: o.iscoCode,
    preferred_label: o.preferredLabel,
    alt_labels: o.altLabels,
  }));
  await manager.query(
    `INSERT INTO occupations (id, esco_code, isco_code, preferred_label, alt_labels)
     SELECT x.id, x.esco_code, x.isco_code, x.preferred_label, x.alt_labels
     FROM jsonb_to_recordset($1::jsonb)
       AS x(id uuid, esco_code text, isco_code text, preferred_label text, alt_labels text[])
     ON CONFLICT (id) DO UPDATE
       SET esco_code = EXCLUDED.esco_code, isco_code = EXCLUDED.isco_code,
           preferred_label = EXCLUDED.preferred_label, alt_labels = EXCLUDED.alt_labels
       WHERE (occupations.esco_code, occupations.isco_code, occupations.preferred_label, occupations.alt_labels)
             IS DISTINCT FROM (EXCLUDED.esco_code, EXCLUDED.isco_code, EXCLUDED.preferred_label, EXCLUDED.alt_labels)`,
    [JSON.stringify(rows)],
  );
}

/** The database normalises each label with taxonomy_normalise(), the function the search relies on. */
async function upsertLabels(manager: EntityManager, labels: OccupationLabelRecord[]): Promise<void> {
  const rows = labels.map((l) => ({ occupation_id: l.occupationId, label: l.label, kind: l.kind, weight: l.weight }));
  await manager.query(
    `INSERT INTO occupation_labels (occupation_id, label, normalised, kind, weight)
     SELECT x.occupation_id, x.label, public.taxonomy_normalise(x.label), x.kind::occupation_label_kind, x.weight
     FROM jsonb_to_recordset($1::jsonb) AS x(occupation_id uuid, label text, kind text, weight smallint)
     ON CONFLICT (occupation_id, label) DO UPDATE
       SET normalised = EXCLUDED.normalised, kind = EXCLUDED.kind, weight = EXCLUDED.weight
       WHERE (occupation_labels.normalised, occupation_labels.kind, occupation_labels.weight)
             IS DISTINCT FROM (EXCLUDED.normalised, EXCLUDED.kind, EXCLUDED.weight)`,
    [JSON.stringify(rows)],
  );
}

async function removeLabelsNotIn(manager: EntityManager, labels: OccupationLabelRecord[]): Promise<void> {
  await manager.query(
    `DELETE FROM occupation_labels l
     WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::uuid[], $2::text[]) AS wanted(occupation_id, label)
       WHERE wanted.occupation_id = l.occupation_id AND wanted.label = l.label)`,
    [labels.map((l) => l.occupationId), labels.map((l) => l.label)],
  );
}

/** A skill dropped from skills.csv loses its ISCO links, so it no longer shows up anywhere. */
async function upsertSkills(manager: EntityManager, skills: SkillRecord[]): Promise<void> {
  const rows = skills.map((s) => ({ id: s.id, name_nl: s.nameNl, name_en: s.nameEn }));
  await manager.query(
    `INSERT INTO skills (id, name_nl, name_en)
     SELECT x.id, x.name_nl, x.name_en
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, name_nl text, name_en text)
     ON CONFLICT (id) DO UPDATE
       SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en
       WHERE (skills.name_nl, skills.name_en) IS DISTINCT FROM (EXCLUDED.name_nl, EXCLUDED.name_en)`,
    [JSON.stringify(rows)],
  );
  const links = skills.flatMap((s) => s.iscoCodes.map((iscoCode) => ({ skillId: s.id, iscoCode })));
  const skillIds = links.map((l) => l.skillId);
  const iscoCodes = links.map((l) => l.iscoCode);
  await manager.query(
    `INSERT INTO skill_isco_groups (skill_id, isco_code)
     SELECT * FROM unnest($1::text[], $2::text[])
     ON CONFLICT DO NOTHING`,
    [skillIds, iscoCodes],
  );
  await manager.query(
    `DELETE FROM skill_isco_groups sg
     WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::text[], $2::text[]) AS wanted(skill_id, isco_code)
       WHERE wanted.skill_id = sg.skill_id AND wanted.isco_code = sg.isco_code)`,
    [skillIds, iscoCodes],
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
