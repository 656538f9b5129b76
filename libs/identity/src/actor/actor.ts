/** The four kinds of account. Stored as text: renaming a value needs a migration. */
export enum Role {
  JobSeeker = 'job_seeker',
  Recruiter = 'recruiter',
  Mediator = 'mediator',
  Admin = 'admin',
}

/**
 * Who is making the request, as the authorisation layer sees it. Built per request from the
 * account row (never from token claims alone), so a role change or deactivation takes effect on
 * the very next request.
 */
export interface Actor {
  userId: string;
  role: Role;
  /** Employer organisations the account recruits for (recruiters). */
  organisationIds: string[];
  /** Werkpunten the account works at (mediators). */
  werkpuntIds: string[];
}
