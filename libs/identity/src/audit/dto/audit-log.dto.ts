import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { Role } from '../../actor/actor';
import { AuditLogView, FileAccessView } from '../audit-log-queries';
import { AuditAction, AuditPurpose } from '../audit-vocabulary';
import { PageQueryDto } from './page-query.dto';

export class FileAccessDto implements FileAccessView {
  @ApiProperty({ example: '2026-11-28T10:15:00.000Z' })
  occurredAt: Date;

  @ApiProperty({ enum: Role, enumName: 'Role', example: Role.Mediator, description: 'The role of who looked' })
  actorRole: Role;

  @ApiProperty({ type: [String], example: [], description: 'Their employer organisations (recruiters)' })
  organisationIds: string[];

  @ApiProperty({
    type: [String],
    example: ['6f1d9a3e-2c1b-4f67-9d0a-3b8e5c7a1f20'],
    description: 'Their Werkpunten (mediators)',
  })
  werkpuntIds: string[];

  @ApiProperty({ enum: AuditAction, enumName: 'AuditAction', example: AuditAction.Read })
  action: AuditAction;

  @ApiProperty({ enum: AuditPurpose, enumName: 'AuditPurpose', example: AuditPurpose.Caseload })
  purpose: AuditPurpose;

  @ApiProperty({ example: 'JobSeekerFile', description: 'Which part of the file' })
  recordType: string;
}

export class FileAccessPageDto {
  @ApiProperty({ type: () => [FileAccessDto] })
  items: FileAccessDto[];

  @ApiProperty({ type: String, nullable: true, example: 'djE6NDI', description: 'null on the last page' })
  nextCursor: string | null;
}

export class AuditLogEntryDto extends FileAccessDto implements AuditLogView {
  @ApiProperty({ example: '42' })
  id: string;

  @ApiProperty({ format: 'uuid', example: '0b7c2c4e-7a43-4f0e-9d7e-2f6f1f7f3a10' })
  actorAccountId: string;

  @ApiProperty({ format: 'uuid', example: '9a1d4c3b-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })
  subjectJobSeekerAccountId: string;

  @ApiProperty({ example: '9a1d4c3b-5e6f-4a7b-8c9d-0e1f2a3b4c5d' })
  recordId: string;

  @ApiProperty({ type: String, nullable: true, example: '3c9e3b57-0f0a-4c52-9a55-1f4d1b2f8e01' })
  requestId: string | null;
}

export class AuditLogPageDto {
  @ApiProperty({ type: () => [AuditLogEntryDto] })
  items: AuditLogEntryDto[];

  @ApiProperty({ type: String, nullable: true, example: null })
  nextCursor: string | null;
}

export class AuditLogSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Whose file was read or changed' })
  @IsOptional()
  @IsUUID()
  subjectAccountId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who read or changed it' })
  @IsOptional()
  @IsUUID()
  actorAccountId?: string;

  @ApiPropertyOptional({ enum: AuditAction, enumName: 'AuditAction' })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'From this moment (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z', description: 'Until this moment (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
