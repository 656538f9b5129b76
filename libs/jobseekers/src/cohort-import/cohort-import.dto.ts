import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class CohortImportQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The Werkpunt whose caseload the clients join; needed only when you work at several.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'werkpuntId must be a UUID' })
  werkpuntId?: string;
}

export class RowErrorDto {
  @ApiProperty({ example: 'homeWijkId', description: 'The CSV column at fault (empty: the row as a whole)' })
  field: string;

  @ApiProperty({ example: 'There is no wijk with number 99.' })
  message: string;
}

/** What the mediator prints and hands over: shown only in this answer. */
export class CreatedCohortClientDto {
  @ApiProperty({ format: 'uuid' })
  accountId: string;

  @ApiProperty({ example: 'Yusuf Demir' })
  displayName: string;

  @ApiProperty({ example: 'yusuf-demir-4821', description: 'The login name to print with the code' })
  username: string;

  @ApiProperty({ example: 'K7M2P-XR4TB', description: 'One-time claim code (valid 30 days); not shown again' })
  claimCode: string;

  @ApiProperty({ example: '2026-12-28T12:00:00.000Z' })
  claimCodeExpiresAt: string;
}

export class CohortRowReportDto {
  @ApiProperty({ example: 2, description: 'The CSV line (the header is line 1)' })
  line: number;

  @ApiProperty({ enum: ['created', 'rejected'] })
  status: 'created' | 'rejected';

  @ApiPropertyOptional({ format: 'uuid', description: 'The new client’s account id' })
  id?: string;

  @ApiProperty({ type: [RowErrorDto] })
  errors: RowErrorDto[];

  @ApiPropertyOptional({ type: CreatedCohortClientDto })
  client?: CreatedCohortClientDto;
}

export class CohortImportReportDto {
  @ApiProperty({ example: 950 })
  created: number;

  @ApiProperty({ example: 50 })
  rejected: number;

  @ApiProperty({ type: [CohortRowReportDto] })
  rows: CohortRowReportDto[];
}
