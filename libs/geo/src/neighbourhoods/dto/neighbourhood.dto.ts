import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AreaGeometry, BoundingBox, LatLon } from '../../domain/lat-lon';
import {
  Neighbour,
  NeighbourhoodDetail,
  NeighbourhoodDistance,
  NeighbourhoodRef,
  NeighbourhoodSummary,
} from '../neighbourhood-views';

// Response shapes for the OpenAPI document. Each one implements the service's view, so the two cannot drift.

export class LatLonDto implements LatLon {
  @ApiProperty({ description: 'Latitude, WGS84', example: 51.034194 })
  lat: number;

  @ApiProperty({ description: 'Longitude, WGS84', example: 3.744466 })
  lon: number;
}

export class BoundingBoxDto implements BoundingBox {
  @ApiProperty({ example: 3.733122 })
  minLon: number;

  @ApiProperty({ example: 51.026738 })
  minLat: number;

  @ApiProperty({ example: 3.756586 })
  maxLon: number;

  @ApiProperty({ example: 51.041987 })
  maxLat: number;
}

export class NeighbourhoodRefDto implements NeighbourhoodRef {
  @ApiProperty({ description: 'The city’s wijknr', example: 17 })
  id: number;

  @ApiProperty({ example: 'Oud Gentbrugge' })
  name: string;
}

const POLYGON_PROPERTY = {
  description: 'The outline as a GeoJSON Polygon or MultiPolygon (WGS84, [lon, lat]); only with ?include=polygon',
  type: 'object',
  additionalProperties: true,
  example: {
    type: 'Polygon',
    coordinates: [
      [
        [3.7452, 51.0419],
        [3.7566, 51.0339],
        [3.7331, 51.0267],
        [3.7452, 51.0419],
      ],
    ],
  },
} as const;

export class NeighbourhoodDto implements NeighbourhoodSummary {
  @ApiProperty({ description: 'The city’s wijknr (1–25)', example: 18 })
  id: number;

  @ApiProperty({ example: 'Ledeberg' })
  name: string;

  @ApiProperty({ description: 'Stadsdeel', example: 'Oost' })
  district: string;

  @ApiProperty({ type: () => LatLonDto })
  centroid: LatLonDto;

  @ApiProperty({ example: 1.491 })
  areaKm2: number;

  @ApiProperty({
    description: 'Postcodes of the wijk’s statistical sectors: inferred, not an official list',
    example: ['9050'],
    type: [String],
  })
  postcodes: string[];

  @ApiProperty({ description: 'The postcode of most of the wijk (inferred)', example: '9050' })
  primaryPostcode: string;

  @ApiProperty({
    description: 'Wijken sharing a border with this one (corner touches do not count)',
    type: () => [NeighbourhoodRefDto],
    example: [
      { id: 1, name: 'Binnenstad' },
      { id: 15, name: 'Moscou - Vogelhoek' },
      { id: 17, name: 'Oud Gentbrugge' },
      { id: 20, name: 'Nieuw Gent - UZ' },
      { id: 22, name: 'Stationsbuurt-Noord' },
    ],
  })
  neighbours: NeighbourhoodRefDto[];

  @ApiPropertyOptional(POLYGON_PROPERTY)
  polygon?: AreaGeometry;
}

export class NeighbourDto implements Neighbour {
  @ApiProperty({ example: 17 })
  id: number;

  @ApiProperty({ example: 'Oud Gentbrugge' })
  name: string;

  @ApiProperty({ description: 'Approximate length of the common border, in metres', example: 1556 })
  sharedBorderM: number;

  @ApiProperty({ description: 'Distance between the two centroids, in metres', example: 1056 })
  distanceM: number;
}

export class NeighbourhoodDistanceDto implements NeighbourhoodDistance {
  @ApiProperty({ example: 17 })
  id: number;

  @ApiProperty({ example: 'Oud Gentbrugge' })
  name: string;

  @ApiProperty({ description: 'Distance between the two centroids, in metres', example: 1056 })
  distanceM: number;
}

export class NeighbourhoodDetailDto implements NeighbourhoodDetail {
  @ApiProperty({ description: 'The city’s wijknr (1–25)', example: 18 })
  id: number;

  @ApiProperty({ example: 'Ledeberg' })
  name: string;

  @ApiProperty({ description: 'Stadsdeel', example: 'Oost' })
  district: string;

  @ApiProperty({ type: () => LatLonDto })
  centroid: LatLonDto;

  @ApiProperty({ example: 1.491 })
  areaKm2: number;

  @ApiProperty({ type: () => BoundingBoxDto })
  bbox: BoundingBoxDto;

  @ApiProperty({ description: 'Inferred from statistical sectors, not official', example: ['9050'], type: [String] })
  postcodes: string[];

  @ApiProperty({ example: '9050' })
  primaryPostcode: string;

  @ApiProperty({ description: 'Wijken sharing a border with this one, by id', type: () => [NeighbourDto] })
  neighbours: NeighbourDto[];

  @ApiProperty({ description: 'Every other wijk, nearest centroid first', type: () => [NeighbourhoodDistanceDto] })
  distances: NeighbourhoodDistanceDto[];

  @ApiPropertyOptional(POLYGON_PROPERTY)
  polygon?: AreaGeometry;
}
