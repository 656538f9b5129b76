import { AreaGeometry, BoundingBox } from './lat-lon';

export function boundingBoxOf(area: AreaGeometry): BoundingBox {
  const positions = area.type === 'Polygon' ? area.coordinates.flat() : area.coordinates.flat(2);
  if (positions.length === 0) throw new Error('Cannot take the bounding box of an empty geometry');
  const lons = positions.map((position) => position[0]);
  const lats = positions.map((position) => position[1]);
  return { minLon: Math.min(...lons), minLat: Math.min(...lats), maxLon: Math.max(...lons), maxLat: Math.max(...lats) };
}
