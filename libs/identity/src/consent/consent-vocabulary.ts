// Values stored in consent tables. They are PostgreSQL enums: adding or renaming one needs a migration.

/** The three choices a job seeker makes. */
export enum ConsentKind {
  /** Employers may see an anonymised profile (no name, photo, contact or origin) in their matches. */
  EmployerVisibility = 'employer_visibility',
  /** One organisation, which invited the person, may see their name and contact details. */
  ContactSharing = 'contact_sharing',
  /** Mediators of one more Werkpunt may see the file, besides the person's own Werkpunt. */
  WerkpuntAccess = 'werkpunt_access',
}

/** Who made a change: the person, or a mediator on their behalf with the person present. */
export enum ConsentSource {
  Self = 'self',
  MediatorOnBehalf = 'mediator_on_behalf',
}
