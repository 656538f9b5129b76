import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LADDER_STEPS, LadderStep } from '../domain/activation-ladder';

export const CASELOAD_PAGE_SIZE = 50;
export const CASELOAD_MAX_PAGE_SIZE = 200;

/** GET /werkpunten/:id/caseload?step=…&mediatorAccountId=…&lastContactBefore=…&openApplications=…&cursor=…&limit=… */
export class CaseloadQueryDto {
  @ApiPropertyOptional({ enum: LADDER_STEPS, description: 'Only clients currently on this step' })
  @IsOptional()
  @IsIn(LADDER_STEPS)
  step?: LadderStep;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only clients this mediator is responsible for' })
  @IsOptional()
  @IsUUID()
  mediatorAccountId?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only clients last seen before this moment, or never seen: who needs a call',
    example: '2026-10-01T00:00:00Z',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  lastContactBefore?: string;

  @ApiPropertyOptional({
    type: Boolean,
    description: 'true: only clients with an open application (proposed up to offer); false: only those without',
  })
  @IsOptional()
  // A query string holds text: only the words true and false are a yes or no, anything else fails validation.
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  openApplications?: boolean;

  @ApiPropertyOptional({ description: 'The nextCursor of the previous page; omit for the first page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: CASELOAD_MAX_PAGE_SIZE, default: CASELOAD_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CASELOAD_MAX_PAGE_SIZE)
  limit?: number;
}

export class CaseloadClientDto {
  @ApiProperty({ format: 'uuid' })
  clientAccountId: string;

  @ApiProperty({ example: 'Yusuf Demir' })
  displayName: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  mediatorAccountId: string | null;

  @ApiProperty({ enum: LADDER_STEPS, nullable: true, type: String })
  ladderStep: LadderStep | null;

  @ApiProperty({ format: 'date-time' })
  since: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastContactAt: string | null;

  @ApiProperty({ description: 'Applications still waiting for an outcome (proposed up to offer)', example: 1 })
  openApplications: number;
}

export class CaseloadPageDto {
  @ApiProperty({ type: () => [CaseloadClientDto], description: 'By name' })
  items: CaseloadClientDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Pass as cursor for the next page; null on the last' })
  nextCursor: string | null;
}

export class TransferClientDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The Werkpunt the client moves to (may be the same one for a new mediator)',
  })
  @IsUUID()
  werkpuntId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The new responsible mediator, a mediator of that Werkpunt',
  })
  @IsOptional()
  @IsUUID()
  mediatorAccountId?: string | null;

  @ApiProperty({ maxLength: 1000, example: 'Moved to Ledeberg; the Werkpunt is around the corner.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class CaseloadTransferDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  fromWerkpuntId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  fromMediatorAccountId: string | null;

  @ApiProperty({ format: 'uuid' })
  toWerkpuntId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  toMediatorAccountId: string | null;

  @ApiProperty({ format: 'uuid' })
  transferredByAccountId: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ format: 'date-time' })
  transferredAt: string;
}

export class ClientCaseloadDto {
  @ApiProperty({ example: 'Yusuf Demir', description: 'The name the client is known by at the desk' })
  displayName: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'yusuf-demir-4821',
    description: 'Login name of a client account made without e-mail',
  })
  username: string | null;

  @ApiProperty({ description: 'false: the client has not claimed the account yet (a new claim code can be made)' })
  claimed: boolean;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null: the client belongs to no Werkpunt' })
  werkpuntId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  mediatorAccountId: string | null;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Null when never enrolled in a caseload',
  })
  since: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastContactAt: string | null;

  @ApiProperty({ type: () => [CaseloadTransferDto], description: 'Newest first' })
  transfers: CaseloadTransferDto[];
}
