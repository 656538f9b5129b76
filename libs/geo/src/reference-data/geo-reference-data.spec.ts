import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isPointInArea } from '../domain/point-in-area';
import { buildGeoReferenceData, GEO_REFERENCE_FILES, GeoReferenceData, GeoReferenceTexts } from './geo-reference-data';

const GEO_DATA_DIR = join(__dirname, '..', '..', '..', '..', 'seeds', 'data', 'geo');

function readReferenceTexts(): GeoReferenceTexts {
  const read = (file: string) => readFileSync(join(GEO_DATA_DIR, file), 'utf8');
  return {
    wijkenCsv: read(GEO_REFERENCE_FILES.wijkenCsv),
    wijkenGeoJson: read(GEO_REFERENCE_FILES.wijkenGeoJson),
    postcodesCsv: read(GEO_REFERENCE_FILES.postcodesCsv),
  };
}

describe('buildGeoReferenceData from the files in seeds/data/geo', () => {
  let texts: GeoReferenceTexts;
  let data: GeoReferenceData;

  beforeAll(() => {
    texts = readReferenceTexts();
    data = buildGeoReferenceData(texts);
  });

  it('has the 25 wijken with ids 1 to 25', () => {
    expect(data.neighbourhoods.map((n) => n.id)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('puts every centroid inside its own wijk and inside its bounding box', () => {
    for (const n of data.neighbourhoods) {
      const centroid = { lat: n.centroidLat, lon: n.centroidLon };
      expect({ id: n.id, inside: isPointInArea(centroid, n.polygon) }).toEqual({ id: n.id, inside: true });
      expect(n.bboxMinLat).toBeLessThan(n.centroidLat);
      expect(n.bboxMaxLon).toBeGreaterThan(n.centroidLon);
    }
  });

  it('finds Ledeberg at the GeoNames point of Ledeberg', () => {
    const containing = data.neighbourhoods.filter((n) => isPointInArea({ lat: 51.0386, lon: 3.7446 }, n.polygon));
    expect(containing.map((n) => n.name)).toEqual(['Ledeberg']);
  });

  it('links postcode 9040 to Sint-Amandsberg, all of Dampoort and one sector of Oostakker', () => {
    const links = data.postcodeLinks.filter((l) => l.postcode === '9040');
    expect(links).toEqual(
      expect.arrayContaining([
        { postcode: '9040', neighbourhoodId: 14, sectorCount: 15 },
        { postcode: '9040', neighbourhoodId: 13, sectorCount: 6 },
        { postcode: '9040', neighbourhoodId: 12, sectorCount: 1 },
      ]),
    );
    expect(links).toHaveLength(3);
  });

  it('stores every shared border in both directions', () => {
    const keys = new Set(data.adjacencies.map((a) => `${a.neighbourhoodId}-${a.neighbourId}`));
    for (const a of data.adjacencies) expect(keys.has(`${a.neighbourId}-${a.neighbourhoodId}`)).toBe(true);
  });

  it('names the deelgemeenten that share a postcode: 9050 is Gentbrugge and Ledeberg', () => {
    expect(data.subMunicipalities.filter((s) => s.postcode === '9050').map((s) => s.name)).toEqual([
      'Gentbrugge',
      'Ledeberg',
    ]);
  });

  it('refuses files that disagree about a wijk', () => {
    const renamed = { ...texts, wijkenCsv: texts.wijkenCsv.replace('18,Ledeberg,', '18,Ledeberg-Centrum,') };
    expect(() => buildGeoReferenceData(renamed)).toThrow(
      'wijk 18 is "Ledeberg-Centrum" (Oost) in the CSV but "Ledeberg" (Oost) in the GeoJSON',
    );
  });

  it('refuses a postcode missing from the postcode list', () => {
    const withoutZwijnaarde = { ...texts, postcodesCsv: texts.postcodesCsv.replace(/^9052,.*$/m, '') };
    expect(() => buildGeoReferenceData(withoutZwijnaarde)).toThrow('postcode 9052 is not in the postcode list');
  });
});
