import { VacancyDto } from './dto/vacancy.dto';
import { Vacancy } from './vacancy.entity';

export function toVacancyDto(vacancy: Vacancy): VacancyDto {
  return {
    id: vacancy.id,
    kind: vacancy.kind,
    status: vacancy.status,
    version: vacancy.version,
    organisationId: vacancy.organisationId,
    siteId: vacancy.siteId,
    wijk: vacancy.neighbourhoodId,
    title: vacancy.title,
    description: vacancy.description,
    occupationId: vacancy.occupationId,
    iscoCode: vacancy.iscoCode,
    shortage: vacancy.shortage,
    requiredSkillIds: vacancy.requiredSkillIds,
    niceToHaveSkillIds: vacancy.niceToHaveSkillIds,
    minimumEducation: vacancy.minimumEducation,
    dutchLevel: vacancy.dutchLevel,
    otherLanguages: vacancy.otherLanguages,
    drivingLicences: vacancy.drivingLicences,
    hoursPerWeekMin: vacancy.hoursPerWeekMin,
    hoursPerWeekMax: vacancy.hoursPerWeekMax,
    shifts: vacancy.shifts,
    contractType: vacancy.contractType,
    programme: vacancy.programme,
    positions: vacancy.positions,
    startDate: vacancy.startDate,
    closingDate: vacancy.closingDate,
    remoteSharePercent: vacancy.remoteSharePercent,
    createdAt: vacancy.createdAt.toISOString(),
    updatedAt: vacancy.updatedAt.toISOString(),
    publishedAt: vacancy.publishedAt?.toISOString() ?? null,
  };
}
