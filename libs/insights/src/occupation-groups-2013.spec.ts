import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The seeds generate the demo world from the same groups; this spec keeps the two copies in step.
import { OCCUPATION_GROUP_PROFILES } from '../../../seeds/src/demo/occupation-groups';
import { GHENT_JOB_SEEKERS_2013, GHENT_OPEN_VACANCIES_2013 } from '../../../seeds/src/demo/figures';
import {
  GHENT_TOTALS_2013,
  OCCUPATION_GROUPS_2013,
  occupationGroupOf,
  OTHER_GROUP_KEY,
} from './occupation-groups-2013';

const CSV = join(__dirname, '..', '..', '..', 'seeds', 'data', 'demo', 'occupation-groups-ghent-2013.csv');

describe('the occupation groups of the 2013 policy note', () => {
  it('carry the figures of the table copied from the note, in its order', () => {
    const rows: Record<string, string>[] = parse(readFileSync(CSV, 'utf8'), { columns: true, skip_empty_lines: true });
    expect(
      OCCUPATION_GROUPS_2013.map(({ nameNl, nameEn, openVacancies2013, jobSeekers2013, tension2013 }) => ({
        nameNl,
        nameEn,
        openVacancies2013,
        jobSeekers2013,
        tension2013,
      })),
    ).toEqual(
      rows.map((row) => ({
        nameNl: row.occupation_group_nl,
        nameEn: row.occupation_group_en,
        openVacancies2013: Number(row.open_vacancies),
        jobSeekers2013: Number(row.job_seekers),
        tension2013: Number(row.tension),
      })),
    );
    expect(GHENT_TOTALS_2013).toEqual({ jobSeekers: GHENT_JOB_SEEKERS_2013, openVacancies: GHENT_OPEN_VACANCIES_2013 });
  });

  it('use the ISCO codes the demo seeds generate their vacancies and job seekers from', () => {
    expect(Object.fromEntries(OCCUPATION_GROUPS_2013.map((group) => [group.key, group.iscoCodes]))).toEqual(
      Object.fromEntries(Object.entries(OCCUPATION_GROUP_PROFILES).map(([key, profile]) => [key, profile.isco.codes])),
    );
  });

  it('put an occupation in the group with the longest matching ISCO prefix', () => {
    expect(occupationGroupOf('9112')).toBe('cleaning');
    expect(occupationGroupOf('5153')).toBe('cleaning');
    expect(occupationGroupOf('7321')).toBe('printers');
    // 242 is business consultancy, but 2424 (training and staff development) is instruction.
    expect(occupationGroupOf('2421')).toBe('businessConsultants');
    expect(occupationGroupOf('2424')).toBe('instructionAndTraining');
    // Cooks are not in the note's tables (it has no horeca group).
    expect(occupationGroupOf('5120')).toBe(OTHER_GROUP_KEY);
  });
});
