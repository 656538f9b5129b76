import { PersonIdentifiers } from './person-rows';

/**
 * Erasure outside PostgreSQL: copies of a person's data in other stores (queued jobs, search documents).
 * ErasureService runs every registered step after the database transaction committed. A step must be
 * idempotent (an erasure may be repeated after a failure) and must not log the identifiers it removes.
 *
 * The search issue implements one for its index: `erasure.registerStep(step)` in its module's
 * onModuleInit, removing the person's documents by account id.
 */
export interface ErasureStep {
  /** Short and fixed, for logs: "queued-jobs", "search-documents". */
  readonly name: string;
  eraseOutsideDatabase(person: PersonIdentifiers): Promise<void>;
}
