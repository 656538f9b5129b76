import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { AreaGeometry, LatLon } from './lat-lon';

/** True when the point lies inside the area or on its boundary (so a point on a shared border matches both wijken). */
export function isPointInArea(position: LatLon, area: AreaGeometry): boolean {
  return booleanPointInPolygon(point([position.lon, position.lat]), area);
}
