import type { EntityManager } from 'typeorm';

/**
 * Where a job seeker belongs: the consent and policy code needs a client's home Werkpunt to decide which
 * mediators may act for them. The mediation context's caseload is the source of truth: it provides its
 * directory under EXTERNAL_CLIENT_DIRECTORY (identity cannot import mediation, which imports identity).
 * Without it (the worker, tests of identity alone) the accounts' home_werkpunt_id answers.
 */
export abstract class ClientDirectory {
  /** The job seeker with this account id and their home Werkpunt, or null when there is no such job seeker. */
  abstract findClient(jobSeekerAccountId: string): Promise<ClientRef | null>;

  /**
   * Called inside the transaction that creates a mediator's client, so the client is in the Werkpunt's
   * caseload from the first moment or not created at all. Directories without a caseload leave it out.
   */
  enrolNewClient?(enrolment: ClientEnrolment, manager: EntityManager): Promise<void>;
}

/** Token under which another context provides the ClientDirectory that replaces the accounts-based one. */
export const EXTERNAL_CLIENT_DIRECTORY = Symbol('EXTERNAL_CLIENT_DIRECTORY');

export interface ClientRef {
  jobSeekerAccountId: string;
  /** The Werkpunt the person is a client of; null when they registered on their own. */
  homeWerkpuntId: string | null;
}

export interface ClientEnrolment {
  jobSeekerAccountId: string;
  werkpuntId: string;
  /** The mediator who created the client, who becomes responsible for them. */
  mediatorAccountId: string;
}
