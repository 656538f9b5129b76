import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../actor/actor';
import { AuditedRecord, AuditService } from './audit.service';
import { AuditAction, AuditPurpose } from './audit-vocabulary';

export interface ReadAccess {
  actor: Actor;
  record: AuditedRecord;
  purpose: AuditPurpose;
  requestId?: string | null;
}

/**
 * The only way to read a job seeker's file: the data is loaded and the audit row written in one
 * transaction, so a read whose trace cannot be written fails instead of returning data. Loaders get the
 * transaction's EntityManager and must read through it.
 */
@Injectable()
export class AuditedReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Loads with `loader`; when it finds something (not null/undefined) and the reader is not the person, audits it. */
  read<T>(access: ReadAccess, loader: (manager: EntityManager) => Promise<T>): Promise<T> {
    // The person reading their own file leaves no trace to write: no transaction, three round trips fewer
    // on every "jobs for me".
    if (!AuditService.isAudited(access.actor, access.record)) return loader(this.dataSource.manager);
    return this.dataSource.transaction(async (manager) => {
      const result = await loader(manager);
      if (result !== null && result !== undefined) {
        await this.audit.recordAccess({ ...access, action: AuditAction.Read }, manager);
      }
      return result;
    });
  }
}
