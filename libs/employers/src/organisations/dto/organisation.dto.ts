import { ApiProperty } from '@nestjs/swagger';
import { CursorPage } from '@werkpunt/platform';
import { OrganisationRole } from '@werkpunt/identity';
import { SectorTable } from '../../domain/sector-tables';
import { SiteDto } from '../../sites/dto/site.dto';
import { EmployerProfileView, MyOrganisationView, OrganisationView, SectorView } from '../organisation-views';

// Response shapes for the OpenAPI document; each implements the service's view, so the two cannot drift.

export class SectorDto implements SectorView {
  @ApiProperty({ description: 'NACE-BEL class or subclass', example: '81.21' })
  code: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Dutch name for the common Ghent sectors; null for other codes',
    example: 'Algemene reiniging van gebouwen',
  })
  nameNl: string | null;
}

export class NaceSectorDto {
  @ApiProperty({ example: '81.21' })
  code: string;

  @ApiProperty({ example: 'Algemene reiniging van gebouwen' })
  nameNl: string;
}

export class EmployerProfileDto implements EmployerProfileView {
  @ApiProperty({ format: 'uuid', example: '5b0c1d7e-8f2a-4b3c-9d4e-1f2a3b4c5d6e' })
  id: string;

  @ApiProperty({
    description: 'The trading name when there is one, else the legal name',
    example: 'Schoonmaak Verhaegen',
  })
  name: string;

  @ApiProperty({ example: 'Schoonmaak Verhaegen bv' })
  legalName: string;

  @ApiProperty({ description: 'Belgian enterprise number (KBO), formatted', example: '0123.456.749' })
  enterpriseNumber: string;

  @ApiProperty({ type: () => SectorDto })
  sector: SectorDto;

  @ApiProperty({ example: false })
  socialEconomy: boolean;

  @ApiProperty({ enum: SectorTable, isArray: true, example: [SectorTable.Dienstencheques] })
  sectorTables: SectorTable[];

  @ApiProperty({ type: String, nullable: true, example: 'https://www.schoonmaak-verhaegen.be' })
  website: string | null;

  @ApiProperty({ type: () => [SiteDto], description: 'Where its people work, each with its wijk' })
  sites: SiteDto[];
}

export class OrganisationDto extends EmployerProfileDto implements OrganisationView {
  @ApiProperty({ type: String, nullable: true, example: 'Schoonmaak Verhaegen' })
  tradingName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'jobs@schoonmaak-verhaegen.be' })
  email: string | null;

  @ApiProperty({ type: String, nullable: true, example: '+32 9 123 45 67' })
  phone: string | null;

  @ApiProperty({ example: '2026-11-28T09:30:00.000Z' })
  createdAt: Date;

  @ApiProperty({ example: '2026-11-28T09:30:00.000Z' })
  updatedAt: Date;
}

export class MyOrganisationDto implements MyOrganisationView {
  @ApiProperty({ enum: OrganisationRole, example: OrganisationRole.Owner })
  role: OrganisationRole;

  @ApiProperty({ type: () => OrganisationDto })
  organisation: OrganisationDto;
}

export class EmployerPageDto implements CursorPage<EmployerProfileView> {
  @ApiProperty({ type: () => [EmployerProfileDto] })
  items: EmployerProfileDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` for the next page; null on the last page',
    example: 'WyJjMSIsIlNjaG9vbm1hYWsgVmVyaGFlZ2VuIGJ2IiwiNWIwYzFkN2UiXQ',
  })
  nextCursor: string | null;
}
