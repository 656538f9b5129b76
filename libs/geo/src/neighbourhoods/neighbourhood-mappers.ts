import { FindOptionsSelect } from 'typeorm';
import { AreaGeometry, BoundingBox, LatLon } from '../domain/lat-lon';
import { Neighbourhood } from '../entities/neighbourhood.entity';
import { LocatedNeighbourhood, NeighbourhoodSummary } from './neighbourhood-views';

/** Everything but the outline, which is large and rarely needed. */
export const WITHOUT_POLYGON: FindOptionsSelect<Neighbourhood> = {
  id: true,
  name: true,
  district: true,
  centroidLat: true,
  centroidLon: true,
  areaKm2: true,
  bboxMinLon: true,
  bboxMinLat: true,
  bboxMaxLon: true,
  bboxMaxLat: true,
  postcodes: true,
  primaryPostcode: true,
  statisticalSectorCount: true,
};

export const WITH_POLYGON: FindOptionsSelect<Neighbourhood> = { ...WITHOUT_POLYGON, polygon: true };

export function centroidOf(row: Pick<Neighbourhood, 'centroidLat' | 'centroidLon'>): LatLon {
  return { lat: row.centroidLat, lon: row.centroidLon };
}

export function bboxOf(
  row: Pick<Neighbourhood, 'bboxMinLon' | 'bboxMinLat' | 'bboxMaxLon' | 'bboxMaxLat'>,
): BoundingBox {
  return { minLon: row.bboxMinLon, minLat: row.bboxMinLat, maxLon: row.bboxMaxLon, maxLat: row.bboxMaxLat };
}

export function toLocated(row: Neighbourhood): LocatedNeighbourhood {
  return { id: row.id, name: row.name, district: row.district, centroid: centroidOf(row) };
}

/** The summary without its neighbours, which come from another table. */
export function toSummaryFields(row: Neighbourhood, polygon?: AreaGeometry): Omit<NeighbourhoodSummary, 'neighbours'> {
  return {
    id: row.id,
    name: row.name,
    district: row.district,
    centroid: centroidOf(row),
    areaKm2: row.areaKm2,
    postcodes: row.postcodes,
    primaryPostcode: row.primaryPostcode,
    ...(polygon ? { polygon } : {}),
  };
}
