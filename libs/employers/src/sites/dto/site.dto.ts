import { ApiProperty } from '@nestjs/swagger';
import { SiteLocatedBy } from '../organisation-site.entity';
import { SiteNeighbourhoodView, SiteView } from '../site-views';

// Response shapes for the OpenAPI document; each implements the service's view, so the two cannot drift.

export class SiteNeighbourhoodDto implements SiteNeighbourhoodView {
  @ApiProperty({ description: 'The city’s wijknr (see /api/v1/neighbourhoods)', example: 5 })
  id: number;

  @ApiProperty({ example: 'Rabot - Blaisantvest' })
  name: string;
}

export class SiteLocationDto {
  @ApiProperty({ description: 'Latitude, WGS84', example: 51.0615 })
  lat: number;

  @ApiProperty({ description: 'Longitude, WGS84', example: 3.7135 })
  lon: number;
}

export class SiteDto implements SiteView {
  @ApiProperty({ format: 'uuid', example: '0d6c1f8e-52a4-4c51-9c64-6e2f0c1b7a11' })
  id: string;

  @ApiProperty({ example: 'Winkel Rabot' })
  name: string;

  @ApiProperty({ example: 'Wondelgemstraat 12' })
  streetAddress: string;

  @ApiProperty({ example: '9000' })
  postcode: string;

  @ApiProperty({ type: () => SiteLocationDto, nullable: true, description: 'Null when no coordinates were given' })
  location: SiteLocationDto | null;

  @ApiProperty({ type: () => SiteNeighbourhoodDto, nullable: true, description: 'The wijk; null outside Ghent' })
  neighbourhood: SiteNeighbourhoodDto | null;

  @ApiProperty({
    enum: SiteLocatedBy,
    example: SiteLocatedBy.Point,
    description:
      'How the wijk was found: "point" (inside its outline), "postcode" (the wijk the postcode covers most; ' +
      'a best guess), "outside_ghent" (neither lies in Ghent; the site is allowed, without a wijk)',
  })
  locatedBy: SiteLocatedBy;
}
