import type { Schemas } from '../api/client';
import { textOf } from './organisation';

type Vacancy = Schemas['VacancyDto'];
export type Shift = Vacancy['shifts'][number];
export type DutchLevel = NonNullable<Vacancy['dutchLevel']>;
export type Licence = Vacancy['drivingLicences'][number];
export type OtherLanguage = Vacancy['otherLanguages'][number];
/** How much a vacancy asks of one skill. */
export type SkillWish = 'required' | 'niceToHave' | 'none';

/** The API's own rule for publishing (libs/vacancies publication-check). */
export const MIN_PUBLISHED_DESCRIPTION = 50;

export const SHIFTS: Shift[] = ['day', 'evening', 'night', 'weekend'];
export const DUTCH_LEVELS: DutchLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
export const SKILL_WISHES: SkillWish[] = ['required', 'niceToHave', 'none'];
/** The licences the API accepts (DRIVING_LICENCES in libs/vacancies). */
export const LICENCES: Licence[] = ['AM', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D'];
/** The API keeps at most this many other languages. */
export const MAX_OTHER_LANGUAGES = 10;
export const EDUCATION: Vacancy['minimumEducation'][] = ['none', 'low', 'mid', 'high'];
export const CONTRACTS: Vacancy['contractType'][] = [
  'permanent',
  'fixed_term',
  'interim',
  'student',
  'flexi',
  'internship_agreement',
];
export const PROGRAMMES: Vacancy['programme'][] = [
  'regular',
  'instapstage',
  'artikel_60',
  'ibo',
  'werkervaring',
  'brugproject',
  'internship',
];

/** What the editor holds: numbers and dates as the text in their inputs, so a half-typed value survives. */
export interface VacancyForm {
  kind: Vacancy['kind'];
  title: string;
  description: string;
  occupationId: string;
  siteId: string;
  minimumEducation: Vacancy['minimumEducation'];
  dutchLevel: DutchLevel | '';
  hoursPerWeekMin: string;
  hoursPerWeekMax: string;
  shifts: Shift[];
  contractType: Vacancy['contractType'];
  programme: Vacancy['programme'];
  positions: string;
  startDate: string;
  closingDate: string;
  requiredSkillIds: string[];
  niceToHaveSkillIds: string[];
  otherLanguages: Vacancy['otherLanguages'];
  drivingLicences: Vacancy['drivingLicences'];
  // Not edited here yet, but kept so saving does not wipe what an import or the API set.
  remoteSharePercent: number;
}

export function emptyForm(siteId: string): VacancyForm {
  return {
    kind: 'vacancy',
    title: '',
    description: '',
    occupationId: '',
    siteId,
    minimumEducation: 'none',
    dutchLevel: '',
    hoursPerWeekMin: '19',
    hoursPerWeekMax: '38',
    shifts: ['day'],
    contractType: 'permanent',
    programme: 'regular',
    positions: '1',
    startDate: '',
    closingDate: '',
    requiredSkillIds: [],
    niceToHaveSkillIds: [],
    otherLanguages: [],
    drivingLicences: [],
    remoteSharePercent: 0,
  };
}

export function formOf(vacancy: Vacancy): VacancyForm {
  return {
    kind: vacancy.kind,
    title: vacancy.title,
    description: vacancy.description,
    occupationId: vacancy.occupationId,
    siteId: vacancy.siteId,
    minimumEducation: vacancy.minimumEducation,
    dutchLevel: vacancy.dutchLevel ?? '',
    hoursPerWeekMin: String(vacancy.hoursPerWeekMin),
    hoursPerWeekMax: String(vacancy.hoursPerWeekMax),
    shifts: vacancy.shifts,
    contractType: vacancy.contractType,
    programme: vacancy.programme,
    positions: String(vacancy.positions),
    startDate: textOf(vacancy.startDate) ?? '',
    closingDate: textOf(vacancy.closingDate) ?? '',
    requiredSkillIds: vacancy.requiredSkillIds,
    niceToHaveSkillIds: vacancy.niceToHaveSkillIds,
    otherLanguages: vacancy.otherLanguages,
    drivingLicences: vacancy.drivingLicences,
    remoteSharePercent: vacancy.remoteSharePercent,
  };
}

export function skillWish(form: VacancyForm, skillId: string): SkillWish {
  if (form.requiredSkillIds.includes(skillId)) return 'required';
  if (form.niceToHaveSkillIds.includes(skillId)) return 'niceToHave';
  return 'none';
}

/** The skill lists after one skill is marked required, nice to have or not asked; a skill is in one list at most. */
export function withSkillWish(
  form: VacancyForm,
  skillId: string,
  wish: SkillWish,
): Pick<VacancyForm, 'requiredSkillIds' | 'niceToHaveSkillIds'> {
  const required = form.requiredSkillIds.filter((id) => id !== skillId);
  const niceToHave = form.niceToHaveSkillIds.filter((id) => id !== skillId);
  return {
    requiredSkillIds: wish === 'required' ? [...required, skillId] : required,
    niceToHaveSkillIds: wish === 'niceToHave' ? [...niceToHave, skillId] : niceToHave,
  };
}

/** The licence list with one licence ticked or not, in the order of LICENCES whatever the order of clicking. */
export function withLicence(form: VacancyForm, licence: Licence, on: boolean): Licence[] {
  return LICENCES.filter((l) => (l === licence ? on : form.drivingLicences.includes(l)));
}

/** Fields the editor can tell are wrong before asking the API; the API's own check names the rest. */
export function missingFields(form: VacancyForm, publishing: boolean): string[] {
  const wrong: string[] = [];
  if (!form.title.trim()) wrong.push('title');
  // The API publishes only a real description; a draft may still be a few words.
  if (form.description.trim().length < (publishing ? MIN_PUBLISHED_DESCRIPTION : 1)) wrong.push('description');
  if (!form.occupationId) wrong.push('occupationId');
  if (!form.siteId) wrong.push('siteId');
  const min = Number(form.hoursPerWeekMin);
  const max = Number(form.hoursPerWeekMax);
  if (!form.hoursPerWeekMin || !Number.isFinite(min) || min < 1) wrong.push('hoursPerWeekMin');
  if (!form.hoursPerWeekMax || !Number.isFinite(max) || max < min) wrong.push('hoursPerWeekMax');
  if (publishing && !form.closingDate) wrong.push('closingDate');
  return wrong;
}

// The generated types call these dates objects; on the wire they are plain YYYY-MM-DD strings.
type LooseDate = Schemas['CreateVacancyDto']['closingDate'];
const asDate = (value: string) => value as unknown as LooseDate;

export function bodyOf(form: VacancyForm): Schemas['CreateVacancyDto'] {
  return {
    kind: form.kind,
    siteId: form.siteId,
    title: form.title.trim(),
    description: form.description.trim(),
    occupationId: form.occupationId,
    requiredSkillIds: form.requiredSkillIds,
    niceToHaveSkillIds: form.niceToHaveSkillIds,
    minimumEducation: form.minimumEducation,
    dutchLevel: form.dutchLevel || null,
    otherLanguages: form.otherLanguages,
    drivingLicences: form.drivingLicences,
    hoursPerWeekMin: Number(form.hoursPerWeekMin),
    hoursPerWeekMax: Number(form.hoursPerWeekMax),
    shifts: form.shifts,
    contractType: form.contractType,
    programme: form.programme,
    positions: Math.max(1, Number(form.positions) || 1),
    startDate: form.startDate ? asDate(form.startDate) : null,
    ...(form.closingDate ? { closingDate: asDate(form.closingDate) } : {}),
    remoteSharePercent: form.remoteSharePercent,
  };
}

/** The posting as the public vacancy page will show it, for the preview. */
export function previewOf(form: VacancyForm, base: Vacancy | null): Vacancy {
  const body = bodyOf(form);
  return {
    id: base?.id ?? '',
    status: base?.status ?? 'draft',
    version: base?.version ?? 0,
    organisationId: base?.organisationId ?? '',
    iscoCode: base?.iscoCode ?? '',
    shortage: base?.shortage ?? false,
    createdAt: base?.createdAt ?? '',
    updatedAt: base?.updatedAt ?? '',
    ...body,
    hoursPerWeekMin: Number(form.hoursPerWeekMin) || 0,
    hoursPerWeekMax: Number(form.hoursPerWeekMax) || 0,
    closingDate: form.closingDate ? asDate(form.closingDate) : null,
  };
}
