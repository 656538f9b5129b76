import { AreaGeometry, BoundingBox, LatLon } from '../domain/lat-lon';

/** What the service hands to other contexts: plain data, never entities. Distances are in metres. */
export interface NeighbourhoodRef {
  id: number;
  name: string;
}

export interface NeighbourhoodSummary extends NeighbourhoodRef {
  district: string;
  centroid: LatLon;
  areaKm2: number;
  /** Inferred from statistical sectors, not official. */
  postcodes: string[];
  primaryPostcode: string;
  neighbours: NeighbourhoodRef[];
  /** Only when asked for: the outlines are a few kilobytes each. */
  polygon?: AreaGeometry;
}

export interface Neighbour extends NeighbourhoodRef {
  sharedBorderM: number;
  /** Between the centroids. */
  distanceM: number;
}

export interface NeighbourhoodDistance extends NeighbourhoodRef {
  /** Between the centroids. */
  distanceM: number;
}

export interface NeighbourhoodDetail extends Omit<NeighbourhoodSummary, 'neighbours'> {
  bbox: BoundingBox;
  neighbours: Neighbour[];
  /** Every other wijk, nearest first. */
  distances: NeighbourhoodDistance[];
}

export interface LocatedNeighbourhood extends NeighbourhoodRef {
  district: string;
  centroid: LatLon;
}

export interface PostcodeNeighbourhoodMatch extends LocatedNeighbourhood {
  /**
   * Share (0–1) of the wijk's statistical sectors that carry this postcode: 1 when the postcode covers the whole
   * wijk, small when it only reaches a fringe of it (9040 reaches one sector of Oostakker).
   */
  coverage: number;
}

export interface PostcodeMatch {
  postcode: string;
  /** The deelgemeenten with this postcode, e.g. Gentbrugge and Ledeberg for 9050. */
  subMunicipalities: string[];
  /** Largest coverage first. */
  neighbourhoods: PostcodeNeighbourhoodMatch[];
}

export interface ListNeighbourhoodsOptions {
  includePolygon?: boolean;
}
