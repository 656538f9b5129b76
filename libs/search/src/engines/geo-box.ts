import { GeoPoint } from '../search-engine';

/** The sphere search_distance_m (migration) measures on: the mean earth radius, in metres. */
export const EARTH_RADIUS_METERS = 6371008.8;

export interface LatLngBox {
  minLat: number;
  maxLat: number;
  /** Absent when the circle reaches a pole or crosses the antimeridian: then only latitude bounds hold. */
  minLng?: number;
  maxLng?: number;
}

/**
 * The latitude/longitude rectangle around a circle of radiusMeters, slightly widened so the exact distance
 * test decides the edge. A btree range on (lat, lng) answers it; the exact distance check follows.
 */
export function boundingBox(center: GeoPoint, radiusMeters: number): LatLngBox {
  const angle = (radiusMeters / EARTH_RADIUS_METERS) * 1.01;
  const dLat = toDegrees(angle);
  const minLat = center.lat - dLat;
  const maxLat = center.lat + dLat;
  const sinRatio = Math.sin(angle) / Math.cos(toRadians(center.lat));
  if (minLat <= -90 || maxLat >= 90 || sinRatio >= 1)
    return { minLat: Math.max(minLat, -90), maxLat: Math.min(maxLat, 90) };
  // Widest longitude span of a small circle: asin(sin r / cos lat).
  const dLng = toDegrees(Math.asin(sinRatio));
  const minLng = center.lng - dLng;
  const maxLng = center.lng + dLng;
  if (minLng < -180 || maxLng > 180) return { minLat, maxLat };
  return { minLat, maxLat, minLng, maxLng };
}

function toRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

function toDegrees(radians: number): number {
  return (radians * 180) / Math.PI;
}

/** Great-circle distance in metres on the same sphere as search_distance_m. */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
}
