// The things authorisation rules talk about, reduced to the fields the rules need. Each context builds
// these references from its own records (a job-seeker profile, a vacancy, an application), so the rules
// can be written and tested before those records exist, and never need whole entities.
//
// `kind` tags each reference: CASL reads it to know which rules apply (see ability.factory.ts).

/** What someone wants to do. `manage` means every action (admins). */
export type PolicyAction = 'read' | 'create' | 'update' | 'delete' | 'manage';

/** A job seeker's file: profile, history, documents. Its home Werkpunt is the one whose mediators follow them. */
export interface JobSeekerFileRef {
  readonly kind: 'JobSeekerFile';
  jobSeekerAccountId: string;
  /** The Werkpunt the person is a client of; null when they registered on their own. */
  werkpuntId: string | null;
  /** Werkpunten the person let see their file (consent), besides their own. */
  sharedWithWerkpuntIds: string[];
}

/** A job seeker's consent choices: the person, or a mediator of their own Werkpunt on their behalf. */
export interface ConsentRef {
  readonly kind: 'Consent';
  jobSeekerAccountId: string;
  werkpuntId: string | null;
}

/** "Who looked at my file": the person it is about, and the mediators of their own Werkpunt (to explain it). */
export interface FileAccessLogRef {
  readonly kind: 'FileAccessLog';
  jobSeekerAccountId: string;
  /** The Werkpunt whose caseload the person is in; absent when the person reads their own log. */
  werkpuntId?: string | null;
}

/** The whole audit log, searchable by admins only. */
export interface AuditLogRef {
  readonly kind: 'AuditLog';
}

/** An account's own settings (e-mail, password, deactivation). */
export interface AccountRef {
  readonly kind: 'Account';
  accountId: string;
}

/** An employer organisation: its recruiters see it; owners are checked by the identity services. */
export interface OrganisationRef {
  readonly kind: 'Organisation';
  organisationId: string;
}

/** A vacancy or internship offer. Drafts are seen only by the organisation's recruiters. */
export interface VacancyRef {
  readonly kind: 'Vacancy';
  organisationId: string;
  published: boolean;
}

/** An application of a job seeker to a vacancy of an organisation. */
export interface ApplicationRef {
  readonly kind: 'Application';
  organisationId: string;
  jobSeekerAccountId: string;
  /** The applicant's home Werkpunt, so their mediator can follow the application. */
  jobSeekerWerkpuntId: string | null;
}

/** A candidate as an employer sees them in a match: no name, photo, contact or origin. */
export interface AnonymisedMatchRef {
  readonly kind: 'AnonymisedMatch';
  organisationId: string;
  jobSeekerAccountId: string;
  /** The job seeker's consent "visible to employers as an anonymised profile". */
  visibleToEmployers: boolean;
}

/** A job seeker's name, e-mail and phone: shared with an employer only after consent. */
export interface ContactDetailsRef {
  readonly kind: 'ContactDetails';
  jobSeekerAccountId: string;
  werkpuntId: string | null;
  /** Organisations the person agreed to share contact details with. */
  sharedWithOrganisationIds: string[];
}

/** The anonymised candidates matching found for a vacancy: its organisation's recruiters and the mediators. */
export interface VacancyCandidatesRef {
  readonly kind: 'VacancyCandidates';
  organisationId: string;
}

/** A ranking served by matching, kept to explain it later; a mediator may override its order. */
export interface RankingRef {
  readonly kind: 'Ranking';
  /** Who asked for it (null: an anonymous visitor of the public search). */
  requestedBy: string | null;
  /** The job seeker it ranked vacancies for, with their home Werkpunt. */
  subjectJobSeekerAccountId: string | null;
  subjectWerkpuntId: string | null;
}

/** Aggregate labour-market figures (tension per occupation group and wijk): counts, never a person. */
export interface LabourMarketInsightsRef {
  readonly kind: 'LabourMarketInsights';
}

export type PolicySubjectRef =
  | JobSeekerFileRef
  | ConsentRef
  | FileAccessLogRef
  | AuditLogRef
  | AccountRef
  | OrganisationRef
  | VacancyRef
  | ApplicationRef
  | AnonymisedMatchRef
  | ContactDetailsRef
  | VacancyCandidatesRef
  | RankingRef
  | LabourMarketInsightsRef;

/** The name of a subject type, as used in `@Policy(action, subjectType)`. */
export type PolicySubjectType = PolicySubjectRef['kind'];

export const POLICY_SUBJECT_TYPES: readonly PolicySubjectType[] = [
  'JobSeekerFile',
  'Consent',
  'FileAccessLog',
  'AuditLog',
  'Account',
  'Organisation',
  'Vacancy',
  'Application',
  'AnonymisedMatch',
  'ContactDetails',
  'VacancyCandidates',
  'Ranking',
  'LabourMarketInsights',
];

/** Builds a tagged reference without repeating the tag: `subjectRef('Consent', { ... })`. */
export function subjectRef<K extends PolicySubjectType>(
  kind: K,
  fields: Omit<Extract<PolicySubjectRef, { kind: K }>, 'kind'>,
): Extract<PolicySubjectRef, { kind: K }> {
  return { kind, ...fields } as Extract<PolicySubjectRef, { kind: K }>;
}
