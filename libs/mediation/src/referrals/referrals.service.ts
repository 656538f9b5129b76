import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditAction, AuditedReader, AuditService } from '@werkpunt/identity';
import { Clock, CursorPage, RequestValidationException } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ClientFiles, ensureMediator, ensureMediatorOrAdmin, purposeOf } from '../client-files/client-files';
import { newestFirstPage } from '../client-files/newest-first-page';
import { ensureReferralTransition, InvalidReferralTransitionError, referralDateFor } from '../domain/referral-status';
import { Referral } from './referral.entity';
import { CreateReferralDto, ReferralDto, ReferralListQueryDto, UpdateReferralDto } from './referrals.dto';

const NO_REFERRAL = 'This client has no referral with this id.';

/** Referrals of a client to partners, followed by their mediators from proposal to outcome. */
@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ClientFiles,
    private readonly reader: AuditedReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(
    actor: Actor,
    clientAccountId: string,
    dto: CreateReferralDto,
    requestId: string | null,
  ): Promise<ReferralDto> {
    await this.files.ensure(actor, 'update', clientAccountId);
    ensureMediator(actor, 'refer clients to partners');
    if (dto.partner !== 'other' && dto.partnerName !== undefined) {
      throw new RequestValidationException([
        { field: 'partnerName', messages: ['partnerName is only for partner "other"'] },
      ]);
    }
    const now = this.clock.now();
    const referral = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(Referral, {
          clientAccountId,
          partner: dto.partner,
          partnerName: dto.partner === 'other' ? (dto.partnerName ?? null) : null,
          purpose: dto.purpose,
          status: 'proposed',
          outcome: null,
          createdByAccountId: actor.userId,
          createdAt: now,
          sentAt: null,
          answeredAt: null,
          closedAt: null,
          updatedAt: now,
        }),
      );
      await this.recordChange(actor, saved, AuditAction.Create, requestId, manager);
      return saved;
    });
    return toView(referral);
  }

  /** Newest first, filtered by partner and status, a page at a time (audited read). */
  async list(
    actor: Actor,
    clientAccountId: string,
    query: ReferralListQueryDto,
    requestId: string | null,
  ): Promise<CursorPage<ReferralDto>> {
    await this.files.ensure(actor, 'read', clientAccountId);
    ensureMediatorOrAdmin(actor, 'see referrals here; clients find them in their data export');
    return this.reader.read(
      {
        actor,
        record: { jobSeekerAccountId: clientAccountId, recordType: 'Referral', recordId: clientAccountId },
        purpose: purposeOf(actor),
        requestId,
      },
      (manager) => {
        const rows = manager
          .createQueryBuilder(Referral, 'referral')
          .where('referral.client_account_id = :clientAccountId', { clientAccountId });
        if (query.partner) rows.andWhere('referral.partner = :partner', { partner: query.partner });
        if (query.status) rows.andWhere('referral.status = :status', { status: query.status });
        return newestFirstPage(rows, 'referral', 'created_at', query, (referral) => toView(referral));
      },
    );
  }

  /** The next status and/or the outcome; a status that does not follow the current one is 409. */
  async update(
    actor: Actor,
    clientAccountId: string,
    referralId: string,
    dto: UpdateReferralDto,
    requestId: string | null,
  ): Promise<ReferralDto> {
    await this.files.ensure(actor, 'update', clientAccountId);
    ensureMediator(actor, 'follow up referrals');
    if (dto.status === undefined && dto.outcome === undefined) {
      throw new BadRequestException('Give a new status, an outcome, or both.');
    }
    const now = this.clock.now();
    const referral = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(Referral, {
        where: { id: referralId, clientAccountId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) throw new NotFoundException(NO_REFERRAL);
      if (dto.status !== undefined) {
        try {
          ensureReferralTransition(current.status, dto.status);
        } catch (error) {
          if (error instanceof InvalidReferralTransitionError) throw new ConflictException(error.message);
          throw error;
        }
        current.status = dto.status;
        const dateColumn = referralDateFor(dto.status);
        if (dateColumn) current[dateColumn] = now;
      }
      if (dto.outcome !== undefined) current.outcome = dto.outcome;
      current.updatedAt = now;
      const saved = await manager.save(current);
      await this.recordChange(actor, saved, AuditAction.Update, requestId, manager);
      return saved;
    });
    return toView(referral);
  }

  private async recordChange(
    actor: Actor,
    referral: Referral,
    action: AuditAction,
    requestId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.audit.recordAccess(
      {
        actor,
        record: { jobSeekerAccountId: referral.clientAccountId, recordType: 'Referral', recordId: referral.id },
        action,
        purpose: purposeOf(actor),
        requestId,
      },
      manager,
    );
  }
}

function toView(referral: Referral): ReferralDto {
  return {
    id: referral.id,
    partner: referral.partner,
    partnerName: referral.partnerName,
    purpose: referral.purpose,
    status: referral.status,
    outcome: referral.outcome,
    createdByAccountId: referral.createdByAccountId,
    createdAt: referral.createdAt.toISOString(),
    sentAt: referral.sentAt?.toISOString() ?? null,
    answeredAt: referral.answeredAt?.toISOString() ?? null,
    closedAt: referral.closedAt?.toISOString() ?? null,
    updatedAt: referral.updatedAt.toISOString(),
  };
}
