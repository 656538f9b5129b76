import { AreaGeometry } from '../domain/lat-lon';

/** One feature of stadswijken-gent.geojson. */
export interface WijkOutline {
  id: number;
  name: string;
  district: string;
  geometry: AreaGeometry;
}

interface WijkFeature {
  properties?: { wijknr?: unknown; wijk?: unknown; naam?: unknown };
  geometry?: { type?: unknown; coordinates?: unknown };
}

export function parseWijkenGeoJson(text: string, fileName = 'stadswijken-gent.geojson'): WijkOutline[] {
  const collection = JSON.parse(text) as { type?: unknown; features?: WijkFeature[] };
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error(`${fileName}: expected a GeoJSON FeatureCollection`);
  }
  return collection.features.map((feature, index) => {
    const where = `${fileName} feature ${index}`;
    const { wijknr, wijk, naam } = feature.properties ?? {};
    const geometry = feature.geometry;
    if (typeof wijknr !== 'number' || typeof wijk !== 'string' || typeof naam !== 'string') {
      throw new Error(`${where}: properties wijknr (number), wijk and naam (text) are required`);
    }
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') || !geometry.coordinates) {
      throw new Error(`${where}: geometry must be a Polygon or MultiPolygon`);
    }
    return { id: wijknr, name: wijk, district: naam, geometry: geometry as AreaGeometry };
  });
}
