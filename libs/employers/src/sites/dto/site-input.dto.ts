import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsLatitude, IsLongitude, IsNumber, IsOptional, IsString, Length, Matches } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSiteDto {
  @ApiProperty({ example: 'Winkel Rabot', maxLength: 150 })
  @Transform(trim)
  @IsString()
  @Length(1, 150, { message: 'name must be 1 to 150 characters' })
  name: string;

  @ApiProperty({ example: 'Wondelgemstraat 12', maxLength: 200, description: 'Street and house number' })
  @Transform(trim)
  @IsString()
  @Length(1, 200, { message: 'streetAddress must be 1 to 200 characters' })
  streetAddress: string;

  @ApiProperty({ example: '9000', description: 'Belgian postcode; sites outside Ghent are fine (no wijk)' })
  @Transform(trim)
  @Matches(/^[1-9][0-9]{3}$/, { message: 'postcode must be a Belgian postcode of four digits' })
  postcode: string;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 51.0615,
    description: 'Latitude, WGS84; give lat and lon together. With them the wijk is found by its outline.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lat must be a number' })
  @IsLatitude({ message: 'lat must be a latitude between -90 and 90' })
  lat?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 3.7135, description: 'Longitude, WGS84' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'lon must be a number' })
  @IsLongitude({ message: 'lon must be a longitude between -180 and 180' })
  lon?: number | null;
}

/** Any subset; `"lat": null, "lon": null` removes the coordinates (the wijk then follows the postcode). */
export class UpdateSiteDto extends PartialType(CreateSiteDto) {}
