// The geo context's public surface: other contexts, the apps and the seeds import only from here.
export { GeoModule, GEO_ENTITIES } from './geo.module';
export { NeighbourhoodsService } from './neighbourhoods/neighbourhoods.service';
export type {
  ListNeighbourhoodsOptions,
  LocatedNeighbourhood,
  Neighbour,
  NeighbourhoodDetail,
  NeighbourhoodDistance,
  NeighbourhoodRef,
  NeighbourhoodSummary,
  PostcodeMatch,
  PostcodeNeighbourhoodMatch,
} from './neighbourhoods/neighbourhood-views';
export { Neighbourhood } from './entities/neighbourhood.entity';
export { NeighbourhoodAdjacency } from './entities/neighbourhood-adjacency.entity';
export { PostcodeNeighbourhood } from './entities/postcode-neighbourhood.entity';
export { SubMunicipality } from './entities/sub-municipality.entity';
export type { AreaGeometry, BoundingBox, LatLon } from './domain/lat-lon';
export { haversineDistanceM } from './domain/haversine';
export { isPointInArea } from './domain/point-in-area';
export { findSharedBorders } from './domain/shared-borders';
export type { SharedBorder, SharedBorderOptions } from './domain/shared-borders';
export { buildGeoReferenceData, GEO_REFERENCE_FILES } from './reference-data/geo-reference-data';
export type { GeoReferenceData, GeoReferenceTexts } from './reference-data/geo-reference-data';
