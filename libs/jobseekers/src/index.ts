// The jobseekers context's public surface: other contexts, the apps and the seeds import only from here.
export { JobseekersModule, JOBSEEKERS_ENTITIES } from './jobseekers.module';
export { JobSeekerProfile } from './profiles/job-seeker-profile.entity';
export { ProfileStore } from './profiles/profile-store';
export type { ProfileContent } from './profiles/profile-mapping';
export type { DesiredOccupation, LanguageSkill, ProfileRecord } from './domain/profile-record';
export {
  AgeBand,
  Availability,
  DiplomaRecognition,
  DrivingLicence,
  ProfileChangeSource,
  Programme,
  Shift,
  TransportMode,
} from './domain/profile-vocabulary';
export { ageBandOn } from './domain/age-band';
export { programmeEligibility, INSTAPSTAGE_MIN_MONTHS_REGISTERED } from './domain/programme-eligibility';
export type { EligibilityFacts, ProgrammeEligibility } from './domain/programme-eligibility';
export { employerCandidateView } from './domain/employer-view';
export type { EmployerCandidateView } from './domain/employer-view';
