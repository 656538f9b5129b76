// Values stored in job_seeker_profiles (CHECK constraints): adding or renaming one needs a migration.

/** Recognition of a foreign diploma (DGS, via NARIC): until recognised the person may work below their level. */
export enum DiplomaRecognition {
  NotNeeded = 'not_needed',
  InProgress = 'in_progress',
  Recognised = 'recognised',
}

/** Belgian driving-licence categories that matter for work (van, lorry, lorry with trailer, bus). */
export enum DrivingLicence {
  AM = 'AM',
  A = 'A',
  B = 'B',
  BE = 'BE',
  C1 = 'C1',
  C = 'C',
  CE = 'CE',
  D = 'D',
}

export enum TransportMode {
  Walk = 'walk',
  Bike = 'bike',
  EBike = 'e_bike',
  PublicTransport = 'public_transport',
  Car = 'car',
  Moped = 'moped',
}

export enum Shift {
  Day = 'day',
  Evening = 'evening',
  Night = 'night',
  Weekend = 'weekend',
}

/** Whether the person is looking right now: matching and employers see only `active` profiles. */
export enum Availability {
  Active = 'active',
  Paused = 'paused',
  FoundWork = 'found_work',
}

/** Who made the last change: the person, or a mediator with the person at the desk (the audit log names them). */
export enum ProfileChangeSource {
  Self = 'self',
  MediatorOnBehalf = 'mediator_on_behalf',
}

/** Age bands of the labour-market figures; age only ever decides eligibility for age-defined programmes. */
export enum AgeBand {
  Under25 = 'under25',
  From25To49 = 'from25To49',
  From50 = 'from50',
}

/** Programmes whose eligibility follows from the profile's facts (DOMAIN.md, "Stage", "Artikel 60"). */
export enum Programme {
  Instapstage = 'instapstage',
  Artikel60 = 'artikel60',
}
