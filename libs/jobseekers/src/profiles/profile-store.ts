import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  OutboxAggregateType,
  OutboxChange,
  OutboxWriter,
  PG_UNIQUE_VIOLATION,
  violatesConstraint,
} from '@werkpunt/platform';
import { DataSource, EntityManager } from 'typeorm';
import { JobSeekerProfile } from './job-seeker-profile.entity';
import { ProfileContent } from './profile-mapping';

/** The new content from the current row; may throw (not found, invalid) to leave everything unchanged. */
export type ProfileBuilder = (existing: JobSeekerProfile | null) => ProfileContent | Promise<ProfileContent>;

/** Reads and writes profile rows; the owner's account id is always a required parameter. */
@Injectable()
export class ProfileStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    // The seeds build the store by hand; the writer has no dependencies, so a default is the same writer.
    private readonly outbox: OutboxWriter = new OutboxWriter(),
  ) {}

  find(accountId: string, manager: EntityManager = this.dataSource.manager): Promise<JobSeekerProfile | null> {
    return manager.findOneBy(JobSeekerProfile, { accountId });
  }

  /** Replaces the profile's content, creating it on the first call (see `change`). */
  replace(
    accountId: string,
    content: ProfileContent,
    withinChange?: (manager: EntityManager, created: boolean) => Promise<unknown>,
  ): Promise<JobSeekerProfile> {
    return this.change(accountId, () => content, withinChange);
  }

  /**
   * Writes what `build` makes of the current row (null before the first save) in one transaction that holds
   * the row locked, so two partial changes at once cannot undo each other. The version goes up by one on every
   * change, and its outbox event (for the search index) is written in the same transaction. `withinChange` runs
   * in the same transaction too (the audit row of a mediator's change).
   */
  async change(
    accountId: string,
    build: ProfileBuilder,
    withinChange: (manager: EntityManager, created: boolean) => Promise<unknown> = () => Promise.resolve(),
  ): Promise<JobSeekerProfile> {
    try {
      return await this.changeOnce(accountId, build, withinChange);
    } catch (error) {
      // Two first saves at the same moment: the loser retries as an update of the winner's row.
      if (violatesConstraint(error, PG_UNIQUE_VIOLATION)) {
        return this.changeOnce(accountId, build, withinChange);
      }
      throw error;
    }
  }

  private changeOnce(
    accountId: string,
    build: ProfileBuilder,
    withinChange: (manager: EntityManager, created: boolean) => Promise<unknown>,
  ): Promise<JobSeekerProfile> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(JobSeekerProfile, {
        where: { accountId },
        lock: { mode: 'pessimistic_write' },
      });
      const content = await build(existing);
      const saved = await this.save(
        manager,
        existing
          ? Object.assign(existing, content, { version: existing.version + 1 })
          : manager.create(JobSeekerProfile, { ...content, accountId, version: 1 }),
      );
      await withinChange(manager, !existing);
      return saved;
    });
  }

  /** The first profile of an account created in the caller's transaction (a cohort import's new client). */
  insertNew(manager: EntityManager, accountId: string, content: ProfileContent): Promise<JobSeekerProfile> {
    return this.save(manager, manager.create(JobSeekerProfile, { ...content, accountId, version: 1 }));
  }

  private async save(manager: EntityManager, profile: JobSeekerProfile): Promise<JobSeekerProfile> {
    const saved = await manager.save(profile);
    await this.outbox.record(manager, {
      aggregateType: OutboxAggregateType.JobSeekerProfile,
      aggregateId: saved.accountId,
      aggregateVersion: saved.version,
      change: OutboxChange.Upsert,
    });
    return saved;
  }
}
