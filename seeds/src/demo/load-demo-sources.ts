// The only IO of the demo data: reading the ESCO occupations the generator picks vacancy and wish occupations from.

import { parse } from 'csv-parse/sync';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DemoSources } from './generate';

/** Relative to seeds/data (SEED_DATA_DIR). */
export const ESCO_OCCUPATIONS_FILE = join('taxonomy', 'occupations_nl_slim.csv');

export async function loadDemoSources(dataDir: string): Promise<DemoSources> {
  const file = join(dataDir, ESCO_OCCUPATIONS_FILE);
  const rows = parse(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true, trim: true }) as Record<
    string,
    string | undefined
  >[];
  const escoOccupations = rows.map((row, index) => {
    const code = row.esco_code;
    const isco4 = row.isco4;
    const label = row.preferred_label_nl;
    if (!code || !isco4 || !/^\d{4}$/.test(isco4) || !label) {
      throw new Error(`${file}, data row ${index + 1}: needs esco_code, a 4-digit isco4 and preferred_label_nl`);
    }
    return { code, isco4, label };
  });
  return { escoOccupations };
}
