import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LatLonDto } from './neighbourhood.dto';

export class LocatedNeighbourhoodDto {
  @ApiProperty({ example: 14 })
  id: number;

  @ApiProperty({ example: 'Sint-Amandsberg' })
  name: string;

  @ApiProperty({ description: 'Stadsdeel', example: 'Noordoost' })
  district: string;

  @ApiProperty({ type: () => LatLonDto, example: { lat: 51.068954, lon: 3.770593 } })
  centroid: LatLonDto;

  @ApiPropertyOptional({
    description:
      'Postcode searches only: share (0–1) of the wijk’s statistical sectors with this postcode. ' +
      '1 = the whole wijk; a small value means the postcode only reaches a fringe of the wijk. Inferred, not official.',
    example: 1,
    minimum: 0,
    maximum: 1,
  })
  coverage?: number;
}

export class LocateResultDto {
  @ApiProperty({ enum: ['point', 'postcode'], example: 'postcode' })
  matchedBy: 'point' | 'postcode';

  @ApiPropertyOptional({ description: 'Postcode searches only: the postcode asked for', example: '9040' })
  postcode?: string;

  @ApiPropertyOptional({
    description: 'Postcode searches only: the deelgemeenten with this postcode',
    type: [String],
    example: ['Sint-Amandsberg'],
  })
  subMunicipalities?: string[];

  @ApiProperty({
    description: 'The wijk containing the point, or the wijken the postcode reaches (largest coverage first)',
    type: () => [LocatedNeighbourhoodDto],
    example: [
      {
        id: 14,
        name: 'Sint-Amandsberg',
        district: 'Noordoost',
        centroid: { lat: 51.068954, lon: 3.770593 },
        coverage: 1,
      },
      { id: 13, name: 'Dampoort', district: 'Noordoost', centroid: { lat: 51.052621, lon: 3.749874 }, coverage: 1 },
      {
        id: 12,
        name: 'Oostakker',
        district: 'Noordoost',
        centroid: { lat: 51.091184, lon: 3.775719 },
        coverage: 0.067,
      },
    ],
  })
  neighbourhoods: LocatedNeighbourhoodDto[];
}
