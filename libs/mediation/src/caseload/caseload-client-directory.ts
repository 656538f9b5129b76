import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Account, ClientDirectory, ClientEnrolment, ClientRef, Role } from '@werkpunt/identity';
import { Clock } from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { CaseloadEntry } from './caseload-entry.entity';

/**
 * The caseload as identity's ClientDirectory: a client's home Werkpunt is their caseload entry's, so a
 * transfer moves access at once. A job seeker without an entry falls back to accounts.home_werkpunt_id
 * (the Werkpunt set on the account before caseloads existed, or written directly by tests); people who
 * registered on their own have neither and belong to no Werkpunt.
 */
@Injectable()
export class CaseloadClientDirectory extends ClientDirectory {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super();
  }

  async findClient(jobSeekerAccountId: string): Promise<ClientRef | null> {
    const row = await this.dataSource
      .createQueryBuilder()
      .select('account.id', 'id')
      .addSelect('COALESCE(entry.werkpunt_id, account.home_werkpunt_id)', 'werkpuntId')
      .from(Account, 'account')
      .leftJoin(CaseloadEntry, 'entry', 'entry.client_account_id = account.id')
      .where('account.id = :id AND account.role = :role', { id: jobSeekerAccountId, role: Role.JobSeeker })
      .getRawOne<{ id: string; werkpuntId: string | null }>();
    return row ? { jobSeekerAccountId, homeWerkpuntId: row.werkpuntId } : null;
  }

  override async enrolNewClient(enrolment: ClientEnrolment, manager: EntityManager): Promise<void> {
    await manager.insert(CaseloadEntry, {
      clientAccountId: enrolment.jobSeekerAccountId,
      werkpuntId: enrolment.werkpuntId,
      mediatorAccountId: enrolment.mediatorAccountId,
      since: this.clock.now(),
      lastContactAt: this.clock.now(),
    });
  }
}
