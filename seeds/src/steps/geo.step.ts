import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import {
  buildGeoReferenceData,
  GEO_REFERENCE_FILES,
  GeoReferenceTexts,
  Neighbourhood,
  NeighbourhoodAdjacency,
  PostcodeNeighbourhood,
  SubMunicipality,
} from '@werkpunt/geo';
import { SeedStep } from '../seed-step';

/**
 * Ghent's 25 wijken (id = wijknr), their shared borders (computed here from the outlines), postcodes and
 * deelgemeenten. Upserts by fixed keys and drops link rows the data no longer has: a second run changes nothing.
 */
export const geoSeedStep: SeedStep = {
  name: 'geo',
  kind: 'reference',
  async run({ dataSource, dataDir, progress }) {
    const data = buildGeoReferenceData(await readGeoFiles(join(dataDir, 'geo')));
    const total =
      data.neighbourhoods.length + data.adjacencies.length + data.postcodeLinks.length + data.subMunicipalities.length;
    progress.start('Wijken and their borders', total);
    try {
      await dataSource.transaction(async (manager) => {
        await manager.upsert(Neighbourhood, data.neighbourhoods, ['id']);
        progress.increment(data.neighbourhoods.length);

        await manager.upsert(NeighbourhoodAdjacency, data.adjacencies, ['neighbourhoodId', 'neighbourId']);
        await removeRowsNotIn(
          manager,
          NeighbourhoodAdjacency,
          data.adjacencies,
          (a) => `${a.neighbourhoodId}-${a.neighbourId}`,
        );
        progress.increment(data.adjacencies.length);

        await manager.upsert(PostcodeNeighbourhood, data.postcodeLinks, ['postcode', 'neighbourhoodId']);
        await removeRowsNotIn(
          manager,
          PostcodeNeighbourhood,
          data.postcodeLinks,
          (l) => `${l.postcode}-${l.neighbourhoodId}`,
        );
        progress.increment(data.postcodeLinks.length);

        // Deelgemeenten and wijken are only ever added or updated: other tables may refer to them.
        await manager.upsert(SubMunicipality, data.subMunicipalities, ['code']);
        progress.increment(data.subMunicipalities.length);
      });
    } finally {
      progress.stop();
    }
  },
};

async function readGeoFiles(directory: string): Promise<GeoReferenceTexts> {
  const read = (file: string) => readFile(join(directory, file), 'utf8');
  const [wijkenCsv, wijkenGeoJson, postcodesCsv] = await Promise.all([
    read(GEO_REFERENCE_FILES.wijkenCsv),
    read(GEO_REFERENCE_FILES.wijkenGeoJson),
    read(GEO_REFERENCE_FILES.postcodesCsv),
  ]);
  return { wijkenCsv, wijkenGeoJson, postcodesCsv };
}

/** Deletes the rows of a link table that are not among `wanted` (compared by `keyOf`). */
async function removeRowsNotIn<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  wanted: readonly Partial<T>[],
  keyOf: (row: Partial<T>) => string,
): Promise<void> {
  const wantedKeys = new Set(wanted.map(keyOf));
  const stale = (await manager.find(entity)).filter((row) => !wantedKeys.has(keyOf(row)));
  if (stale.length > 0) await manager.remove(entity, stale);
}
