import type { MultiPolygon, Polygon } from 'geojson';

/** A WGS84 position. Named fields, because GeoJSON's [lon, lat] order is an endless source of bugs. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** A wijk's outline as stored: GeoJSON, WGS84, [lon, lat] positions. */
export type AreaGeometry = Polygon | MultiPolygon;

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bboxContains(bbox: BoundingBox, point: LatLon): boolean {
  return point.lon >= bbox.minLon && point.lon <= bbox.maxLon && point.lat >= bbox.minLat && point.lat <= bbox.maxLat;
}
