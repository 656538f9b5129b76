import { boundingBoxOf } from '../domain/bounding-box';
import { findSharedBorders } from '../domain/shared-borders';
import { NeighbourhoodAdjacency } from '../entities/neighbourhood-adjacency.entity';
import { Neighbourhood } from '../entities/neighbourhood.entity';
import { PostcodeNeighbourhood } from '../entities/postcode-neighbourhood.entity';
import { SubMunicipality } from '../entities/sub-municipality.entity';
import { parsePostcodesCsv } from './postcodes-csv';
import { findInconsistencies } from './reference-consistency';
import { parseWijkenCsv, WijkRecord } from './wijken-csv';
import { parseWijkenGeoJson, WijkOutline } from './wijken-geojson';

/** The files under seeds/data/geo this context is built from (see ATTRIBUTION.md there). */
export const GEO_REFERENCE_FILES = {
  wijkenCsv: 'gent_wijken.csv',
  wijkenGeoJson: 'stadswijken-gent.geojson',
  postcodesCsv: 'gent_postcodes.csv',
} as const;

export type GeoReferenceTexts = Record<keyof typeof GEO_REFERENCE_FILES, string>;

export type AdjacencyRow = Pick<NeighbourhoodAdjacency, 'neighbourhoodId' | 'neighbourId' | 'sharedBorderM'>;
export type PostcodeLinkRow = Pick<PostcodeNeighbourhood, 'postcode' | 'neighbourhoodId' | 'sectorCount'>;

/** Every row the geo tables should hold, derived from the reference files alone. */
export interface GeoReferenceData {
  neighbourhoods: Neighbourhood[];
  /** Both directions of every shared border. */
  adjacencies: AdjacencyRow[];
  postcodeLinks: PostcodeLinkRow[];
  subMunicipalities: SubMunicipality[];
}

export function buildGeoReferenceData(texts: GeoReferenceTexts): GeoReferenceData {
  const wijken = parseWijkenCsv(texts.wijkenCsv, GEO_REFERENCE_FILES.wijkenCsv);
  const outlines = parseWijkenGeoJson(texts.wijkenGeoJson, GEO_REFERENCE_FILES.wijkenGeoJson);
  const subMunicipalities = parsePostcodesCsv(texts.postcodesCsv, GEO_REFERENCE_FILES.postcodesCsv);
  const problems = findInconsistencies(wijken, outlines, subMunicipalities);
  if (problems.length > 0) throw new Error(`Geo reference data is inconsistent:\n  - ${problems.join('\n  - ')}`);

  const outlineById = new Map(outlines.map((outline) => [outline.id, outline]));
  return {
    neighbourhoods: wijken.map((wijk) => toNeighbourhood(wijk, outlineById.get(wijk.id)!)),
    adjacencies: findSharedBorders(outlines).flatMap(({ a, b, lengthM }) => {
      const sharedBorderM = Math.round(lengthM);
      return [
        { neighbourhoodId: a, neighbourId: b, sharedBorderM },
        { neighbourhoodId: b, neighbourId: a, sharedBorderM },
      ];
    }),
    postcodeLinks: wijken.flatMap((wijk) =>
      wijk.postcodeSectors.map(({ postcode, sectorCount }) => ({ postcode, neighbourhoodId: wijk.id, sectorCount })),
    ),
    subMunicipalities: subMunicipalities.map(({ code, name, postcode, point }) => ({ code, name, postcode, ...point })),
  };
}

function toNeighbourhood(wijk: WijkRecord, outline: WijkOutline): Neighbourhood {
  // From the outline itself: the CSV's rounded bounding box could clip points right on the edge.
  const bbox = boundingBoxOf(outline.geometry);
  return {
    id: wijk.id,
    name: wijk.name,
    district: wijk.district,
    centroidLat: wijk.centroid.lat,
    centroidLon: wijk.centroid.lon,
    areaKm2: wijk.areaKm2,
    bboxMinLon: bbox.minLon,
    bboxMinLat: bbox.minLat,
    bboxMaxLon: bbox.maxLon,
    bboxMaxLat: bbox.maxLat,
    polygon: outline.geometry,
    postcodes: wijk.postcodeSectors.map((p) => p.postcode).sort(),
    primaryPostcode: wijk.primaryPostcode,
    statisticalSectorCount: wijk.statisticalSectorCount,
  };
}
