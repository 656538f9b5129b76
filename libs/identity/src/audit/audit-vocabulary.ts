// Values stored in audit_log. They are PostgreSQL enums: adding or renaming one needs a migration.

/** What happened to the record. */
export enum AuditAction {
  Read = 'read',
  Create = 'create',
  Update = 'update',
  Delete = 'delete',
  Export = 'export',
  Erase = 'erase',
}

/** Why it happened: shown to the person in "who looked at my file", so each value reads as a reason. */
export enum AuditPurpose {
  /** A mediator following a client of their Werkpunt (or a client who shared their file). */
  Caseload = 'caseload',
  /** An employer looking at a candidate proposed by matching. */
  Matching = 'matching',
  /** An employer handling an application the person sent. */
  Application = 'application',
  /** A consent choice read or changed by a mediator with the person present. */
  Consent = 'consent',
  /** City staff helping the person or handling a complaint. */
  AdminSupport = 'admin-support',
  /** An export or erasure the person asked for. */
  DataRights = 'data-rights',
  /** The retention rule: an account inactive too long was erased by the system (the actor is the account itself). */
  Retention = 'retention',
}
