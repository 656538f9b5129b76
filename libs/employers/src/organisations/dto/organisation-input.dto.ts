import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { SectorTable } from '../../domain/sector-tables';
import {
  IsEnterpriseNumber,
  IsNaceCode,
  lowerCased,
  normalisedEnterpriseNumber,
  normalisedNaceCode,
  trimmed,
} from './organisation-validators';

/** The organisation's own switchboard; same shape as a person's phone in identity. */
const PHONE_PATTERN = /^\+?[0-9 ()./-]{6,31}$/;

/** An organisation's details, as an owner registers them. */
export class CreateOrganisationDto {
  @ApiProperty({ example: 'Schoonmaak Verhaegen bv', maxLength: 200, description: 'The name in the KBO' })
  @trimmed()
  @IsString()
  @Length(1, 200, { message: 'legalName must be 1 to 200 characters' })
  legalName: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Verhaegen Schoonmaak',
    maxLength: 200,
    description: 'The name people know it by, when it differs',
  })
  @IsOptional()
  @trimmed()
  @IsString()
  @Length(1, 200, { message: 'tradingName must be 1 to 200 characters' })
  tradingName?: string | null;

  @ApiProperty({
    example: '0123.456.749',
    description: 'Belgian enterprise number (KBO); dots, spaces and a "BE" prefix are fine',
  })
  @normalisedEnterpriseNumber()
  @IsEnterpriseNumber()
  enterpriseNumber: string;

  @ApiProperty({
    example: '81.21',
    description: 'NACE-BEL class or subclass; see GET /api/v1/employers/sectors for the common ones',
  })
  @normalisedNaceCode()
  @IsNaceCode()
  naceCode: string;

  @ApiPropertyOptional({ default: false, description: 'Social economy (maatwerkbedrijf, lokale diensteneconomie)' })
  @IsOptional()
  @IsBoolean()
  socialEconomy?: boolean;

  @ApiPropertyOptional({ enum: SectorTable, isArray: true, example: [SectorTable.Dienstencheques] })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'sectorTables must not repeat a sector table' })
  @IsEnum(SectorTable, {
    each: true,
    message: `sectorTables must each be one of: ${Object.values(SectorTable).join(', ')}`,
  })
  sectorTables?: SectorTable[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.schoonmaak-verhaegen.be' })
  @IsOptional()
  @trimmed()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be an http(s) address' })
  @MaxLength(300)
  website?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'jobs@schoonmaak-verhaegen.be',
    description: 'The organisation’s own mailbox, not a person’s',
  })
  @IsOptional()
  @lowerCased()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '+32 9 123 45 67',
    description: 'The organisation’s switchboard, not a person’s',
  })
  @IsOptional()
  @trimmed()
  @Matches(PHONE_PATTERN, { message: 'phone must be a phone number (digits, spaces, +, -, / or dots)' })
  phone?: string | null;
}

/** Any subset of the details; null clears an optional one. */
export class UpdateOrganisationDto extends PartialType(CreateOrganisationDto) {}
