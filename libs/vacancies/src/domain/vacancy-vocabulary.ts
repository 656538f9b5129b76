// Values stored in vacancies (CHECK constraints): adding or renaming one needs a migration.

export enum VacancyKind {
  Vacancy = 'vacancy',
  /** An internship offer (stage): the same record, with its own programme and contract. */
  Internship = 'internship',
}

export enum VacancyStatus {
  Draft = 'draft',
  Published = 'published',
  Paused = 'paused',
  Filled = 'filled',
  Closed = 'closed',
  Expired = 'expired',
}

export enum ContractType {
  Permanent = 'permanent',
  FixedTerm = 'fixed_term',
  Interim = 'interim',
  Student = 'student',
  Flexi = 'flexi',
  InternshipAgreement = 'internship_agreement',
}

/** The programmes of the city's policy (DOMAIN.md), or a regular job. */
export enum VacancyProgramme {
  Regular = 'regular',
  Instapstage = 'instapstage',
  Artikel60 = 'artikel_60',
  Ibo = 'ibo',
  Werkervaring = 'werkervaring',
  Brugproject = 'brugproject',
  Internship = 'internship',
}

/** The minimum education a vacancy asks: the taxonomy's levels, or none at all. */
export const MINIMUM_EDUCATION_CODES = ['none', 'low', 'mid', 'high'] as const;
export type MinimumEducation = (typeof MINIMUM_EDUCATION_CODES)[number];

export enum WorkShift {
  Day = 'day',
  Evening = 'evening',
  Night = 'night',
  Weekend = 'weekend',
}

/** Belgian driving-licence categories that matter for work. */
export const DRIVING_LICENCES = ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D'] as const;
export type DrivingLicenceCategory = (typeof DRIVING_LICENCES)[number];

/** Who changed a vacancy's status: a person (with their role) or the expiry job. */
export const SYSTEM_ACTOR_ROLE = 'system';
