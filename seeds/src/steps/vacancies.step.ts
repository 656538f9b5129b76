import { OrganisationSite } from '@werkpunt/employers';
import { Occupation } from '@werkpunt/taxonomy';
import {
  ContractType,
  isShortageOccupation,
  Vacancy,
  VacancyKind,
  VacancyProgramme,
  VacancyStatus,
  VacancyStatusChange,
  WorkShift,
} from '@werkpunt/vacancies';
import { DataSource, In } from 'typeorm';
import { DEMO_DEFAULTS, generateDemoData } from '../demo/generate';
import type { ContractType as DemoContractType, DemoVacancy, Programme as DemoProgramme } from '../demo/demo-types';
import { DEMO_ID_NAMESPACE, uuidV5 } from '../demo/ids';
import { loadDemoSources } from '../demo/load-demo-sources';
import { SeedStep } from '../seed-step';

const PROGRAMME: Readonly<Record<DemoProgramme, VacancyProgramme>> = {
  regular: VacancyProgramme.Regular,
  instapstage: VacancyProgramme.Instapstage,
  artikel60: VacancyProgramme.Artikel60,
  ibo: VacancyProgramme.Ibo,
  werkervaring: VacancyProgramme.Werkervaring,
};

const CONTRACT: Readonly<Record<DemoContractType, ContractType>> = {
  permanent: ContractType.Permanent,
  fixedTerm: ContractType.FixedTerm,
  interim: ContractType.Interim,
  internship: ContractType.InternshipAgreement,
  // IBO's training contract: the closest of our contract types.
  training: ContractType.InternshipAgreement,
};

/** Published before today, 09:00 in Ghent (roughly). */
const PUBLISHED_AT_HOUR = 'T08:00:00Z';

/**
 * The demo generator's vacancies (fixed ids), at the demo employers' sites (employers step). Generated with
 * today as the reference date, so the demo always has open vacancies: each run moves their dates to the day
 * it runs, and leaves the same rows otherwise (upserts by id). Each gets its publication in the history
 * (fixed ids). No outbox events: the search issue's batched reindex reads the whole table.
 */
export const vacanciesSeedStep: SeedStep = {
  name: 'demo vacancies',
  kind: 'demo',
  async run({ dataSource, dataDir, progress }) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
    const demo = generateDemoData({ seed: DEMO_DEFAULTS.seed, referenceDate: today }, await loadDemoSources(dataDir));
    const occupations = await occupationsByEscoCode(dataSource, demo.vacancies);
    const sites = await sitesById(dataSource, demo.vacancies);

    progress.start('Demo vacancies', demo.vacancies.length);
    try {
      await dataSource.transaction(async (manager) => {
        for (const vacancy of demo.vacancies) {
          const occupation = occupations.get(vacancy.escoCode);
          if (!occupation)
            throw new Error(`Demo vacancy ${vacancy.id}: ESCO code ${vacancy.escoCode} is not in occupations`);
          const site = sites.get(vacancy.siteId);
          if (!site)
            throw new Error(`Demo vacancy ${vacancy.id}: site ${vacancy.siteId} missing (run the employers step)`);
          const publishedAt = new Date(`${vacancy.publishedAt}${PUBLISHED_AT_HOUR}`);
          await manager.upsert(
            Vacancy,
            {
              id: vacancy.id,
              kind: kindOf(vacancy),
              organisationId: vacancy.employerId,
              siteId: vacancy.siteId,
              neighbourhoodId: site.neighbourhoodId,
              title: vacancy.title,
              description: describe(vacancy),
              occupationId: occupation.id,
              iscoCode: occupation.iscoCode,
              shortage: isShortageOccupation(occupation.iscoCode),
              requiredSkillIds: [],
              niceToHaveSkillIds: [],
              minimumEducation: vacancy.minimumEducation,
              dutchLevel: vacancy.requiredDutchLevel,
              otherLanguages: [],
              drivingLicences: [],
              hoursPerWeekMin: vacancy.hoursPerWeek,
              hoursPerWeekMax: vacancy.hoursPerWeek,
              shifts: vacancy.shifts.map((shift) => shift as WorkShift),
              contractType: CONTRACT[vacancy.contractType],
              programme: PROGRAMME[vacancy.programme],
              positions: vacancy.positions,
              startDate: null,
              closingDate: vacancy.closingAt,
              remoteSharePercent: 0,
              status: VacancyStatus.Published,
              version: 1,
              publishedAt,
            },
            ['id'],
          );
          await manager.upsert(
            VacancyStatusChange,
            [
              statusRow(vacancy.id, null, VacancyStatus.Draft, publishedAt),
              statusRow(vacancy.id, VacancyStatus.Draft, VacancyStatus.Published, publishedAt),
            ],
            ['id'],
          );
          progress.increment();
        }
      });
    } finally {
      progress.stop();
    }
  },
};

function kindOf(vacancy: DemoVacancy): VacancyKind {
  return vacancy.contractType === 'internship' || vacancy.contractType === 'training'
    ? VacancyKind.Internship
    : VacancyKind.Vacancy;
}

/** The generator has no texts; a plain sentence long enough to pass the publication check. */
function describe(vacancy: DemoVacancy): string {
  return `Demovacature: ${vacancy.title}, ${vacancy.hoursPerWeek} uur per week, ${vacancy.positions} plaats(en). Nederlands op niveau ${vacancy.requiredDutchLevel}.`;
}

function statusRow(vacancyId: string, from: VacancyStatus | null, to: VacancyStatus, at: Date) {
  return {
    id: uuidV5(DEMO_ID_NAMESPACE, `vacancy-status:${vacancyId}:${to}`),
    vacancyId,
    fromStatus: from,
    toStatus: to,
    actorAccountId: null,
    // Demo history is the seed's doing, not a person's.
    actorRole: 'system',
    reason: 'demo data',
    at,
  };
}

async function occupationsByEscoCode(dataSource: DataSource, vacancies: DemoVacancy[]) {
  const codes = [...new Set(vacancies.map((vacancy) => vacancy.escoCode))];
  const rows = await dataSource
    .getRepository(Occupation)
    .find({ select: { id: true, escoCode: true, iscoCode: true }, where: { escoCode: In(codes) } });
  return new Map(rows.map((row) => [row.escoCode, row]));
}

async function sitesById(dataSource: DataSource, vacancies: DemoVacancy[]) {
  const ids = [...new Set(vacancies.map((vacancy) => vacancy.siteId))];
  const rows = await dataSource
    .getRepository(OrganisationSite)
    .find({ select: { id: true, neighbourhoodId: true }, where: { id: In(ids) } });
  return new Map(rows.map((row) => [row.id, row]));
}
