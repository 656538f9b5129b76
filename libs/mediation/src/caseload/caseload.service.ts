import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Account,
  Actor,
  AuditAction,
  AuditedReader,
  AuditService,
  PolicyService,
  Role,
  subjectRef,
  WerkpuntMembership,
} from '@werkpunt/identity';
import { Clock, CursorPage, decodeCursor, RequestValidationException, toCursorPage } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { ClientFiles, ensureMediator, ensureMediatorOrAdmin, purposeOf } from '../client-files/client-files';
import { LadderStep } from '../domain/activation-ladder';
import { WerkpuntenService } from '../werkpunten/werkpunten.service';
import { CaseloadEntry } from './caseload-entry.entity';
import { CaseloadTransfer } from './caseload-transfer.entity';
import {
  CASELOAD_PAGE_SIZE,
  CaseloadClientDto,
  CaseloadQueryDto,
  CaseloadTransferDto,
  ClientCaseloadDto,
  TransferClientDto,
} from './caseload.dto';

const NO_WERKPUNT = 'There is no Werkpunt with this id among yours.';

interface CaseloadRow {
  client_account_id: string;
  display_name: string;
  mediator_account_id: string | null;
  since: Date;
  last_contact_at: Date | null;
  step: LadderStep | null;
  open_applications: number;
}

const caseloadRecord = (clientAccountId: string) => ({
  jobSeekerAccountId: clientAccountId,
  recordType: 'CaseloadEntry',
  recordId: clientAccountId,
});

/** Which clients a Werkpunt follows, who is responsible for them, and moving them elsewhere. */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: ClientFiles,
    private readonly policies: PolicyService,
    private readonly reader: AuditedReader,
    private readonly audit: AuditService,
    private readonly werkpunten: WerkpuntenService,
    private readonly clock: Clock,
  ) {}

  /**
   * A Werkpunt's clients by name. Name, step and last contact are part of each client's file, so every
   * listed client gets an audit row (purpose caseload) in the transaction that reads the page.
   */
  async list(
    actor: Actor,
    werkpuntId: string,
    query: CaseloadQueryDto,
    requestId: string | null,
  ): Promise<CursorPage<CaseloadClientDto>> {
    // "May read the files of this Werkpunt's clients": its mediators and admins; everyone else gets 404.
    const files = subjectRef('JobSeekerFile', { jobSeekerAccountId: '', werkpuntId, sharedWithWerkpuntIds: [] });
    this.policies.ensureCan(actor, 'read', files, NO_WERKPUNT);
    ensureMediatorOrAdmin(actor, 'see a caseload');
    const limit = query.limit ?? CASELOAD_PAGE_SIZE;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    return this.dataSource.transaction(async (manager) => {
      const rows = await this.fetchPage(manager, werkpuntId, query, after, limit);
      const page = toCursorPage(
        rows,
        limit,
        (row) => ({ sortKey: row.display_name, id: row.client_account_id }),
        toCaseloadClient,
      );
      for (const client of page.items) {
        await this.audit.recordAccess(
          {
            actor,
            record: caseloadRecord(client.clientAccountId),
            action: AuditAction.Read,
            purpose: purposeOf(actor),
            requestId,
          },
          manager,
        );
      }
      return page;
    });
  }

  /** Where the client belongs now and every transfer before (audited read). */
  async view(actor: Actor, clientAccountId: string, requestId: string | null): Promise<ClientCaseloadDto> {
    const file = await this.files.ensure(actor, 'read', clientAccountId);
    ensureMediatorOrAdmin(actor, 'see a client’s caseload entry');
    return this.reader.read(
      { actor, record: caseloadRecord(clientAccountId), purpose: purposeOf(actor), requestId },
      async (manager) => {
        const entry = await manager.findOneBy(CaseloadEntry, { clientAccountId });
        const transfers = await manager.find(CaseloadTransfer, {
          where: { clientAccountId },
          order: { transferredAt: 'DESC', id: 'DESC' },
        });
        return {
          ...(await accountFacts(manager, clientAccountId)),
          werkpuntId: entry?.werkpuntId ?? file.werkpuntId,
          mediatorAccountId: entry?.mediatorAccountId ?? null,
          since: entry?.since.toISOString() ?? null,
          lastContactAt: entry?.lastContactAt?.toISOString() ?? null,
          transfers: transfers.map(toTransferView),
        };
      },
    );
  }

  /**
   * Moves a client to another Werkpunt and/or mediator, with a reason. Only mediators of the client's own
   * Werkpunt may: a Werkpunt the client shared the file with can read it but not take the client over.
   */
  async transfer(
    actor: Actor,
    clientAccountId: string,
    dto: TransferClientDto,
    requestId: string | null,
  ): Promise<ClientCaseloadDto> {
    const file = await this.files.ensure(actor, 'update', clientAccountId);
    ensureMediator(actor, 'of the client’s Werkpunt transfer clients');
    if (file.werkpuntId === null || !actor.werkpuntIds.includes(file.werkpuntId)) {
      throw new ForbiddenException(
        'Only the client’s own Werkpunt can transfer them; this file was shared with you to read.',
      );
    }
    if (!(await this.werkpunten.exists(dto.werkpuntId))) {
      throw new RequestValidationException([
        { field: 'werkpuntId', messages: ['werkpuntId must be an existing Werkpunt'] },
      ]);
    }
    const toMediator = dto.mediatorAccountId ?? null;
    if (toMediator !== null && !(await this.isMediatorOf(toMediator, dto.werkpuntId))) {
      throw new RequestValidationException([
        { field: 'mediatorAccountId', messages: ['mediatorAccountId must be a mediator of that Werkpunt'] },
      ]);
    }
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(CaseloadEntry, {
        where: { clientAccountId },
        lock: { mode: 'pessimistic_write' },
      });
      const from = {
        werkpuntId: entry?.werkpuntId ?? file.werkpuntId,
        mediatorAccountId: entry?.mediatorAccountId ?? null,
      };
      if (from.werkpuntId === dto.werkpuntId && from.mediatorAccountId === toMediator) {
        throw new ConflictException('The client already belongs to this Werkpunt and mediator.');
      }
      const movesWerkpunt = from.werkpuntId !== dto.werkpuntId;
      await manager.upsert(
        CaseloadEntry,
        {
          clientAccountId,
          werkpuntId: dto.werkpuntId,
          mediatorAccountId: toMediator,
          since: movesWerkpunt || !entry ? now : entry.since,
          lastContactAt: entry?.lastContactAt ?? null,
        },
        ['clientAccountId'],
      );
      // The account's home Werkpunt mirrors the caseload, so the person's own account shows where they are now.
      if (movesWerkpunt) await manager.update(Account, { id: clientAccountId }, { homeWerkpuntId: dto.werkpuntId });
      await manager.insert(CaseloadTransfer, {
        clientAccountId,
        fromWerkpuntId: from.werkpuntId,
        fromMediatorAccountId: from.mediatorAccountId,
        toWerkpuntId: dto.werkpuntId,
        toMediatorAccountId: toMediator,
        transferredByAccountId: actor.userId,
        reason: dto.reason,
        transferredAt: now,
      });
      await this.audit.recordAccess(
        {
          actor,
          record: caseloadRecord(clientAccountId),
          action: AuditAction.Update,
          purpose: purposeOf(actor),
          requestId,
        },
        manager,
      );
    });
    return this.currentState(clientAccountId);
  }

  /** The state just written, for the transfer's answer (no new audit row: the change has its own). */
  private async currentState(clientAccountId: string): Promise<ClientCaseloadDto> {
    const entry = await this.dataSource.manager.findOneBy(CaseloadEntry, { clientAccountId });
    if (!entry) throw new NotFoundException('The client left the caseload meanwhile.');
    const transfers = await this.dataSource.manager.find(CaseloadTransfer, {
      where: { clientAccountId },
      order: { transferredAt: 'DESC', id: 'DESC' },
    });
    return {
      ...(await accountFacts(this.dataSource.manager, clientAccountId)),
      werkpuntId: entry.werkpuntId,
      mediatorAccountId: entry.mediatorAccountId,
      since: entry.since.toISOString(),
      lastContactAt: entry.lastContactAt?.toISOString() ?? null,
      transfers: transfers.map(toTransferView),
    };
  }

  private isMediatorOf(accountId: string, werkpuntId: string): Promise<boolean> {
    return this.dataSource.manager
      .createQueryBuilder(WerkpuntMembership, 'membership')
      .innerJoin(Account, 'account', 'account.id = membership.account_id')
      .where('membership.account_id = :accountId AND membership.werkpunt_id = :werkpuntId', { accountId, werkpuntId })
      .andWhere('account.role = :role', { role: Role.Mediator })
      .getExists();
  }

  private fetchPage(
    manager: EntityManager,
    werkpuntId: string,
    query: CaseloadQueryDto,
    after: { sortKey: string; id: string } | null,
    limit: number,
  ): Promise<CaseloadRow[]> {
    const params: unknown[] = [werkpuntId];
    const where = ['e.werkpunt_id = $1'];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.step) where.push(`l.step = ${param(query.step)}`);
    if (query.mediatorAccountId) where.push(`e.mediator_account_id = ${param(query.mediatorAccountId)}`);
    // Never seen counts as "not seen since": those are the first to call.
    if (query.lastContactBefore) {
      where.push(`(e.last_contact_at IS NULL OR e.last_contact_at < ${param(query.lastContactBefore)})`);
    }
    if (query.openApplications !== undefined) where.push(query.openApplications ? 'o.open > 0' : 'o.open = 0');
    if (after)
      where.push(`(a.display_name, e.client_account_id) > (${param(after.sortKey)}, ${param(after.id)}::uuid)`);
    return manager.query<CaseloadRow[]>(
      `SELECT e.client_account_id, a.display_name, e.mediator_account_id, e.since, e.last_contact_at, l.step,
              o.open AS open_applications
         FROM caseload_entries e
         JOIN accounts a ON a.id = e.client_account_id
         LEFT JOIN LATERAL (
           SELECT c.step FROM ladder_step_changes c
            WHERE c.client_account_id = e.client_account_id
            ORDER BY c.changed_at DESC, c.id DESC LIMIT 1
         ) l ON true
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS open FROM applications ap
            WHERE ap.job_seeker_account_id = e.client_account_id
              AND ap.status IN ('proposed', 'applied', 'screening', 'interview', 'offer')
         ) o
        WHERE ${where.join(' AND ')}
        ORDER BY a.display_name, e.client_account_id
        LIMIT ${param(limit + 1)}`,
      params,
    );
  }
}

/** Who the client is, for the heading of the file; the password hash itself never leaves the query. */
async function accountFacts(
  manager: EntityManager,
  clientAccountId: string,
): Promise<Pick<ClientCaseloadDto, 'displayName' | 'username' | 'claimed'>> {
  const [row] = await manager.query<{ display_name: string; username: string | null; claimed: boolean }[]>(
    'SELECT display_name, username, password_hash IS NOT NULL AS claimed FROM accounts WHERE id = $1',
    [clientAccountId],
  );
  return { displayName: row?.display_name ?? '', username: row?.username ?? null, claimed: row?.claimed ?? false };
}

function toCaseloadClient(row: CaseloadRow): CaseloadClientDto {
  return {
    clientAccountId: row.client_account_id,
    displayName: row.display_name,
    mediatorAccountId: row.mediator_account_id,
    ladderStep: row.step,
    since: new Date(row.since).toISOString(),
    lastContactAt: row.last_contact_at ? new Date(row.last_contact_at).toISOString() : null,
    openApplications: row.open_applications,
  };
}

function toTransferView(transfer: CaseloadTransfer): CaseloadTransferDto {
  return {
    id: transfer.id,
    fromWerkpuntId: transfer.fromWerkpuntId,
    fromMediatorAccountId: transfer.fromMediatorAccountId,
    toWerkpuntId: transfer.toWerkpuntId,
    toMediatorAccountId: transfer.toMediatorAccountId,
    transferredByAccountId: transfer.transferredByAccountId,
    reason: transfer.reason,
    transferredAt: transfer.transferredAt.toISOString(),
  };
}
