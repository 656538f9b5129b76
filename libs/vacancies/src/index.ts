// The vacancies context's public surface: other contexts, the apps and the seeds import only from here.
export { VacanciesModule, VACANCIES_ENTITIES } from './vacancies.module';
export { VacanciesWorkerModule } from './vacancies-worker.module';
export { Vacancy } from './vacancy.entity';
export type { VacancyLanguage } from './vacancy.entity';
export { VacancyStatusChange } from './vacancy-status-change.entity';
export {
  ContractType,
  DRIVING_LICENCES,
  MINIMUM_EDUCATION_CODES,
  SYSTEM_ACTOR_ROLE,
  VacancyKind,
  VacancyProgramme,
  VacancyStatus,
  WorkShift,
} from './domain/vacancy-vocabulary';
export type { DrivingLicenceCategory, MinimumEducation } from './domain/vacancy-vocabulary';
export { isShortageOccupation, SHORTAGE_ISCO_GROUPS } from './domain/shortage-occupations';
export { nextStatus } from './domain/vacancy-lifecycle';
export type { VacancyTransition } from './domain/vacancy-lifecycle';
export { VacancyExpiry, VACANCY_EXPIRY_SCHEDULER_ID, VACANCY_EXPIRY_CRON } from './expiry/vacancy-expiry';
export { VACANCY_CSV_COLUMNS } from './import/vacancy-import.service';
export { VacancyStore } from './vacancy-store';
export type { StatusActor } from './vacancy-store';
export { ghentDate, GHENT_TIME_ZONE } from './domain/ghent-date';
