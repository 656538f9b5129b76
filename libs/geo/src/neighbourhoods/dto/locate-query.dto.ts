import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches } from 'class-validator';
import { LatLon } from '../../domain/lat-lon';
import { IsNumberBetween } from './is-number-between.validator';

// An empty `?lat=` must fail validation, not become 0 as Number('') would.
function toNumber({ value }: { value: unknown }): number {
  if (typeof value === 'number') return value;
  return typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
}

export class LocateQueryDto {
  @ApiPropertyOptional({
    description: 'Latitude, WGS84 (give it with lon)',
    example: 51.0386,
    minimum: -90,
    maximum: 90,
  })
  @IsOptional()
  @Transform(toNumber)
  @IsNumberBetween(-90, 90, 51.0386)
  lat?: number;

  @ApiPropertyOptional({
    description: 'Longitude, WGS84 (give it with lat)',
    example: 3.7446,
    minimum: -180,
    maximum: 180,
  })
  @IsOptional()
  @Transform(toNumber)
  @IsNumberBetween(-180, 180, 3.7446)
  lon?: number;

  @ApiPropertyOptional({
    description: 'Belgian postcode, instead of lat and lon',
    example: '9040',
    pattern: '^\\d{4}$',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}$/, { message: 'postcode must be 4 digits, e.g. 9040' })
  postcode?: string;
}

export type LocateRequest = { by: 'point'; point: LatLon } | { by: 'postcode'; postcode: string };

/** The fields are each valid by now; this checks they form one of the two questions the endpoint answers. */
export function toLocateRequest(query: LocateQueryDto): LocateRequest {
  const { lat, lon, postcode } = query;
  const hasPointPart = lat !== undefined || lon !== undefined;
  if (postcode !== undefined && hasPointPart) {
    throw new BadRequestException('Give either lat and lon, or a postcode, not both.');
  }
  if (postcode !== undefined) return { by: 'postcode', postcode };
  if (lat === undefined || lon === undefined) {
    throw new BadRequestException(
      'Give both lat and lon (e.g. ?lat=51.0386&lon=3.7446) or a postcode (e.g. ?postcode=9040).',
    );
  }
  return { by: 'point', point: { lat, lon } };
}
