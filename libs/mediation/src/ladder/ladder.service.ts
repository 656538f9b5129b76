import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditAction, AuditedReader, AuditService } from '@werkpunt/identity';
import { Clock } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { AuthorName, rowsWithAuthor, withAuthorName } from '../client-files/author-name';
import {
  ClientFiles,
  ensureMediator,
  ensureMediatorOrAdmin,
  purposeOf,
  recordContact,
} from '../client-files/client-files';
import { FilePageQueryDto, newestFirstPage } from '../client-files/newest-first-page';
import { LADDER_STEP_LABELS, ladderDirection, SameLadderStepError } from '../domain/activation-ladder';
import { ChangeLadderStepDto, LadderHistoryDto, LadderStepChangeDto } from './ladder.dto';
import { LadderStepChange } from './ladder-step-change.entity';

const record = (clientAccountId: string, recordId: string) => ({
  jobSeekerAccountId: clientAccountId,
  recordType: 'LadderStep',
  recordId,
});

/** A client's steps on the activation ladder: recorded by mediators, read with an audit row. */
@Injectable()
export class LadderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ClientFiles,
    private readonly reader: AuditedReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async change(
    actor: Actor,
    clientAccountId: string,
    dto: ChangeLadderStepDto,
    requestId: string | null,
  ): Promise<LadderStepChangeDto> {
    await this.files.ensure(actor, 'update', clientAccountId);
    ensureMediator(actor, 'record a step on the activation ladder');
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      // One change at a time per client, so "previous step" is the step the mediator saw.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ladder:${clientAccountId}`]);
      const current = await manager.findOne(LadderStepChange, {
        where: { clientAccountId },
        order: { changedAt: 'DESC', id: 'DESC' },
      });
      try {
        ladderDirection(current?.step ?? null, dto.step);
      } catch (error) {
        if (error instanceof SameLadderStepError) throw new ConflictException(error.message);
        throw error;
      }
      const inserted = await manager.insert(LadderStepChange, {
        clientAccountId,
        step: dto.step,
        previousStep: current?.step ?? null,
        reason: dto.reason,
        clientPresent: dto.clientPresent ?? false,
        changedByAccountId: actor.userId,
        changedAt: now,
      });
      const changeId = (inserted.identifiers[0] as { id: string }).id;
      if (dto.clientPresent) await recordContact(manager, clientAccountId, now);
      await this.audit.recordAccess(
        {
          actor,
          record: record(clientAccountId, changeId),
          action: AuditAction.Create,
          purpose: purposeOf(actor),
          requestId,
        },
        manager,
      );
      return changeId;
    });
    const [view] = await this.load(this.dataSource.manager, clientAccountId, id);
    return view;
  }

  /** The current step (whatever the page) and the history newest first, a page at a time. */
  async history(
    actor: Actor,
    clientAccountId: string,
    page: FilePageQueryDto,
    requestId: string | null,
  ): Promise<LadderHistoryDto> {
    await this.files.ensure(actor, 'read', clientAccountId);
    ensureMediatorOrAdmin(actor, 'see the ladder history here; clients find it in their data export');
    return this.reader.read(
      { actor, record: record(clientAccountId, clientAccountId), purpose: purposeOf(actor), requestId },
      async (manager) => {
        const current = await manager.findOne(LadderStepChange, {
          where: { clientAccountId },
          order: { changedAt: 'DESC', id: 'DESC' },
        });
        const { items, nextCursor } = await newestFirstPage<LadderStepChange, AuthorName, LadderStepChangeDto>(
          this.query(manager, clientAccountId),
          'change',
          'changed_at',
          page,
          toChangeDto,
        );
        return { currentStep: current?.step ?? null, history: items, nextCursor };
      },
    );
  }

  private load(manager: EntityManager, clientAccountId: string, onlyId: string): Promise<LadderStepChangeDto[]> {
    return rowsWithAuthor(
      this.query(manager, clientAccountId).andWhere('change.id = :onlyId', { onlyId }),
      toChangeDto,
    );
  }

  private query(manager: EntityManager, clientAccountId: string) {
    return withAuthorName(
      manager
        .createQueryBuilder(LadderStepChange, 'change')
        .where('change.client_account_id = :clientAccountId', { clientAccountId }),
      'change',
      'changed_by_account_id',
    );
  }
}

function toChangeDto(change: LadderStepChange, raw: AuthorName | undefined): LadderStepChangeDto {
  return {
    id: change.id,
    step: change.step,
    label: LADDER_STEP_LABELS[change.step],
    previousStep: change.previousStep,
    direction: ladderDirection(change.previousStep, change.step),
    reason: change.reason,
    clientPresent: change.clientPresent,
    changedByAccountId: change.changedByAccountId,
    changedByName: raw?.author_name ?? '',
    changedAt: change.changedAt.toISOString(),
  };
}
