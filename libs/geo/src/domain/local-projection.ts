import { EARTH_RADIUS_M } from './haversine';
import { AreaGeometry } from './lat-lon';

/** A position in metres on a flat plane around a reference latitude. */
export interface PlanePoint {
  x: number;
  y: number;
}

export interface PlaneSegment {
  from: PlanePoint;
  to: PlanePoint;
}

/**
 * Equirectangular projection: at the scale of one city (about 25 km) it distorts lengths by well under 1 %,
 * which is plenty to compare borders with a tolerance of a few metres.
 */
export function createLocalProjection(referenceLat: number): (lon: number, lat: number) => PlanePoint {
  const metresPerRadianLon = EARTH_RADIUS_M * Math.cos((referenceLat * Math.PI) / 180);
  return (lon, lat) => ({
    x: ((lon * Math.PI) / 180) * metresPerRadianLon,
    y: ((lat * Math.PI) / 180) * EARTH_RADIUS_M,
  });
}

/** Every edge of every ring (outer and holes) of the area, projected. */
export function boundarySegments(
  area: AreaGeometry,
  project: (lon: number, lat: number) => PlanePoint,
): PlaneSegment[] {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  const segments: PlaneSegment[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const from = project(ring[i - 1][0], ring[i - 1][1]);
        const to = project(ring[i][0], ring[i][1]);
        if (from.x !== to.x || from.y !== to.y) segments.push({ from, to });
      }
    }
  }
  return segments;
}

export function segmentLength(segment: PlaneSegment): number {
  return Math.hypot(segment.to.x - segment.from.x, segment.to.y - segment.from.y);
}

export function distanceToSegment(p: PlanePoint, segment: PlaneSegment): number {
  const { from, to } = segment;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - from.x) * dx + (p.y - from.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (from.x + t * dx), p.y - (from.y + t * dy));
}
