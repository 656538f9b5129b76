/**
 * Where a job seeker belongs: the consent and policy code needs a client's home Werkpunt to decide which
 * mediators may act for them. Identity's accounts provide it today; job-seeker profiles may take over.
 */
export abstract class ClientDirectory {
  /** The job seeker with this account id and their home Werkpunt, or null when there is no such job seeker. */
  abstract findClient(jobSeekerAccountId: string): Promise<ClientRef | null>;
}

export interface ClientRef {
  jobSeekerAccountId: string;
  /** The Werkpunt the person is a client of; null when they registered on their own. */
  homeWerkpuntId: string | null;
}
