import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditAction,
  AuditPurpose,
  AuditService,
  ClientDirectory,
  PolicyService,
  subjectRef,
} from '@werkpunt/identity';
import { Clock } from '@werkpunt/platform';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { RankedEntry, RankingKind, RankingRecord } from './ranking-record.entity';
import { RANKING_RECORD_TOP } from './ranking-recorder';

const NO_RANKING = 'No such ranking, or not one you may see.';

export class RankingOverrideDto {
  @ApiProperty({
    type: [String],
    description: 'Ids of ranked results in the order you choose; results you leave out keep their order after these',
  })
  @ArrayMinSize(1, { message: 'order must name at least one result' })
  @ArrayMaxSize(RANKING_RECORD_TOP)
  @ArrayUnique({ message: 'order must not name a result twice' })
  @IsUUID('all', { each: true, message: 'order must be ids of ranked results' })
  order: string[];

  @ApiProperty({ example: 'Fatima kent dit bedrijf van haar stage en wil daar eerst solliciteren.' })
  @IsString()
  @MinLength(10, { message: 'reason must say why, in at least 10 characters' })
  @MaxLength(1000)
  reason: string;
}

export class RankedEntryView implements RankedEntry {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  version: number;

  @ApiProperty({ example: 81.5 })
  score: number;
}

export class RankingView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: RankingKind })
  kind: RankingKind;

  @ApiProperty()
  createdAt: Date;

  @ApiPropertyOptional({ nullable: true })
  requesterRole: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  subjectAccountId: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  subjectVacancyId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true })
  inputs: Record<string, unknown>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  weights: Record<string, number>;

  @ApiProperty({ type: [RankedEntryView], description: 'As scored' })
  results: RankedEntryView[];

  @ApiProperty({ type: [String], description: 'The order in force: the override when there is one' })
  order: string[];

  @ApiPropertyOptional({ nullable: true })
  overrideReason: string | null;

  @ApiPropertyOptional({ nullable: true })
  overriddenAt: Date | null;
}

/** Reading a recorded ranking, and a mediator's override of its order with a reason (both audited). */
@Injectable()
export class RankingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
    private readonly clients: ClientDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async get(actor: Actor, id: string): Promise<RankingView> {
    const record = await this.load(actor, 'read', id);
    return rankingView(record);
  }

  async override(actor: Actor, id: string, dto: RankingOverrideDto, requestId: string | null): Promise<RankingView> {
    return this.dataSource.transaction(async (manager) => {
      const record = await this.load(actor, 'update', id, true, manager);
      const ranked = new Set(record.results.map((r) => r.id));
      const unknown = dto.order.filter((entry) => !ranked.has(entry));
      if (unknown.length > 0) {
        throw new BadRequestException(`order names ids that are not in this ranking: ${unknown.join(', ')}`);
      }
      const rest = record.results.map((r) => r.id).filter((entry) => !dto.order.includes(entry));
      record.overrideOrder = [...dto.order, ...rest];
      record.overrideReason = dto.reason;
      record.overriddenBy = actor.userId;
      record.overriddenAt = this.clock.now();
      await manager.save(record);
      if (record.subjectAccountId) {
        await this.audit.recordAccess(
          {
            actor,
            record: { jobSeekerAccountId: record.subjectAccountId, recordType: 'Ranking', recordId: record.id },
            action: AuditAction.Update,
            purpose: AuditPurpose.Caseload,
            requestId,
          },
          manager,
        );
      }
      return rankingView(record);
    });
  }

  private async load(
    actor: Actor,
    action: 'read' | 'update',
    id: string,
    lock = false,
    manager = this.dataSource.manager,
  ): Promise<RankingRecord> {
    const record = await manager.findOne(RankingRecord, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record) throw new NotFoundException(NO_RANKING);
    const client = record.subjectAccountId ? await this.clients.findClient(record.subjectAccountId) : null;
    const ref = subjectRef('Ranking', {
      requestedBy: record.requestedBy,
      subjectJobSeekerAccountId: record.subjectAccountId,
      subjectWerkpuntId: client?.homeWerkpuntId ?? null,
    });
    this.policies.ensureCan(actor, action, ref, NO_RANKING);
    return record;
  }
}

function rankingView(record: RankingRecord): RankingView {
  return {
    id: record.id,
    kind: record.kind,
    createdAt: record.createdAt,
    requesterRole: record.requesterRole,
    subjectAccountId: record.subjectAccountId,
    subjectVacancyId: record.subjectVacancyId,
    inputs: record.inputs,
    weights: record.weights,
    results: record.results,
    order: record.overrideOrder ?? record.results.map((r) => r.id),
    overrideReason: record.overrideReason,
    overriddenAt: record.overriddenAt,
  };
}
