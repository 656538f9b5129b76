// The mediation context's public surface: other contexts, the apps and the seeds import only from here.
export { MediationModule, MEDIATION_ENTITIES } from './mediation.module';
export { WerkpuntenService } from './werkpunten/werkpunten.service';
export type { WerkpuntRef, WerkpuntView } from './werkpunten/werkpunt-views';
export { Werkpunt, WerkpuntStatus } from './werkpunten/werkpunt.entity';
export {
  InvalidOpeningHoursError,
  isOpenAt,
  localTimeInGhent,
  parseOpeningHours,
  WEEKDAYS,
  WERKPUNT_TIME_ZONE,
} from './werkpunten/opening-hours';
export type { OpeningHours, OpeningPeriod, Weekday } from './werkpunten/opening-hours';
// Caseloads, notes, the activation ladder and referrals.
export { CaseloadEntry } from './caseload/caseload-entry.entity';
export { CaseloadTransfer } from './caseload/caseload-transfer.entity';
export { CaseloadClientDirectory } from './caseload/caseload-client-directory';
export { ClientNote, NOTE_MAX_LENGTH } from './notes/client-note.entity';
export { LadderStepChange } from './ladder/ladder-step-change.entity';
export { Referral } from './referrals/referral.entity';
export {
  isLadderStep,
  LADDER_STEP_LABELS,
  LADDER_STEPS,
  ladderDirection,
  ladderRank,
  SameLadderStepError,
} from './domain/activation-ladder';
export type { LadderDirection, LadderStep } from './domain/activation-ladder';
export {
  ensureReferralTransition,
  InvalidReferralTransitionError,
  nextReferralStatuses,
  REFERRAL_PARTNERS,
  REFERRAL_STATUSES,
} from './domain/referral-status';
export type { ReferralPartner, ReferralStatus } from './domain/referral-status';
