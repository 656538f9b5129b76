import { SubMunicipalityRecord } from './postcodes-csv';
import { WijkRecord } from './wijken-csv';
import { WijkOutline } from './wijken-geojson';

/**
 * The CSVs and the GeoJSON are separate downloads; lists every way in which they disagree, so seeding can refuse
 * to load a mix of wijk boundaries and postcodes that do not belong together.
 */
export function findInconsistencies(
  wijken: readonly WijkRecord[],
  outlines: readonly WijkOutline[],
  subMunicipalities: readonly SubMunicipalityRecord[],
): string[] {
  const problems: string[] = [];
  const outlineById = new Map(outlines.map((outline) => [outline.id, outline]));
  const csvIds = new Set(wijken.map((wijk) => wijk.id));
  const knownPostcodes = new Set(subMunicipalities.map((s) => s.postcode));

  if (outlineById.size !== outlines.length) problems.push('the GeoJSON repeats a wijknr');
  if (csvIds.size !== wijken.length) problems.push('the wijken CSV repeats a wijknr');
  for (const outline of outlines) {
    if (!csvIds.has(outline.id)) problems.push(`outline ${outline.id} (${outline.name}) has no row in the wijken CSV`);
  }
  for (const wijk of wijken) {
    const outline = outlineById.get(wijk.id);
    if (!outline) {
      problems.push(`wijk ${wijk.id} (${wijk.name}) has no outline in the GeoJSON`);
    } else if (outline.name !== wijk.name || outline.district !== wijk.district) {
      problems.push(
        `wijk ${wijk.id} is "${wijk.name}" (${wijk.district}) in the CSV but "${outline.name}" (${outline.district}) in the GeoJSON`,
      );
    }
    const sectors = wijk.postcodeSectors.reduce((sum, p) => sum + p.sectorCount, 0);
    if (sectors !== wijk.statisticalSectorCount) {
      problems.push(`wijk ${wijk.id}: its postcodes cover ${sectors} sectors, not ${wijk.statisticalSectorCount}`);
    }
    if (!wijk.postcodeSectors.some((p) => p.postcode === wijk.primaryPostcode)) {
      problems.push(`wijk ${wijk.id}: primary postcode ${wijk.primaryPostcode} is not among its postcodes`);
    }
    for (const { postcode } of wijk.postcodeSectors) {
      if (!knownPostcodes.has(postcode))
        problems.push(`wijk ${wijk.id}: postcode ${postcode} is not in the postcode list`);
    }
  }
  return problems;
}
