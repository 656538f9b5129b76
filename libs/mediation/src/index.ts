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
