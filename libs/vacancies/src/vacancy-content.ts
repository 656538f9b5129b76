import { VacancyImportRowDto } from './dto/vacancy-input.dto';
import { Vacancy } from './vacancy.entity';

/** The fields a person writes (everything but ids, status, version, derived fields and timestamps). */
export type VacancyContent = Pick<
  Vacancy,
  | 'kind'
  | 'siteId'
  | 'title'
  | 'description'
  | 'occupationId'
  | 'requiredSkillIds'
  | 'niceToHaveSkillIds'
  | 'minimumEducation'
  | 'dutchLevel'
  | 'otherLanguages'
  | 'drivingLicences'
  | 'hoursPerWeekMin'
  | 'hoursPerWeekMax'
  | 'shifts'
  | 'contractType'
  | 'programme'
  | 'positions'
  | 'startDate'
  | 'closingDate'
  | 'remoteSharePercent'
>;

/** A create request's content with the defaults of the optional fields. */
export function contentOf(dto: VacancyImportRowDto): VacancyContent {
  return {
    kind: dto.kind,
    siteId: dto.siteId,
    title: dto.title,
    description: dto.description,
    occupationId: dto.occupationId.toLowerCase(),
    requiredSkillIds: dto.requiredSkillIds ?? [],
    niceToHaveSkillIds: dto.niceToHaveSkillIds ?? [],
    minimumEducation: dto.minimumEducation,
    dutchLevel: dto.dutchLevel ?? null,
    otherLanguages: (dto.otherLanguages ?? []).map(({ language, level }) => ({ language, level })),
    drivingLicences: dto.drivingLicences ?? [],
    hoursPerWeekMin: dto.hoursPerWeekMin,
    hoursPerWeekMax: dto.hoursPerWeekMax,
    shifts: dto.shifts ?? [],
    contractType: dto.contractType,
    programme: dto.programme,
    positions: dto.positions ?? 1,
    startDate: dto.startDate ?? null,
    closingDate: dto.closingDate ?? null,
    remoteSharePercent: dto.remoteSharePercent ?? 0,
  };
}

/** Fields that may not be set to null in a change (leave them out to keep them). */
export const REQUIRED_CONTENT_FIELDS = [
  'kind',
  'siteId',
  'title',
  'description',
  'occupationId',
  'minimumEducation',
  'hoursPerWeekMin',
  'hoursPerWeekMax',
  'contractType',
  'programme',
  'requiredSkillIds',
  'niceToHaveSkillIds',
  'otherLanguages',
  'drivingLicences',
  'shifts',
  'positions',
  'remoteSharePercent',
] as const;

const CONTENT_FIELDS: readonly (keyof VacancyContent)[] = [
  ...REQUIRED_CONTENT_FIELDS,
  'dutchLevel',
  'startDate',
  'closingDate',
];

/** The written fields of a stored vacancy, as the base a change applies to. */
export function pickContent(vacancy: Vacancy): VacancyContent {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, vacancy[field]])) as unknown as VacancyContent;
}
