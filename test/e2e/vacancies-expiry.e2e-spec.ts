// Expiry, run the way production runs it: the worker's hourly scheduled job on the real queue, and a clock
// the test moves past the closing date.
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  enterpriseNumberFromBase,
  normaliseEnterpriseNumber,
  Organisation,
  OrganisationSite,
  SiteLocatedBy,
} from '@werkpunt/employers';
import { Clock, JobName, JobQueue, QueueName } from '@werkpunt/platform';
import {
  ContractType,
  Vacancy,
  VACANCY_EXPIRY_SCHEDULER_ID,
  VacancyKind,
  VacancyProgramme,
  VacancyStatus,
  VacancyStatusChange,
  VacancyStore,
} from '@werkpunt/vacancies';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from '../utils/eventually';
import { testConfig } from '../utils/test-app';

class MovableClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = date;
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

describe('vacancy expiry', () => {
  const start = new Date();
  const clock = new MovableClock(start);
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let jobs: JobQueue;
  let organisationId: string;
  let siteId: string;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(testConfig())] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    worker = await moduleRef.init();
    dataSource = worker.get(DataSource);
    jobs = worker.get(JobQueue);
    organisationId = randomUUID();
    await dataSource.getRepository(Organisation).insert({
      id: organisationId,
      legalName: 'Vervaldatum bv',
      enterpriseNumber: normaliseEnterpriseNumber(enterpriseNumberFromBase(randomInt(0, 20_000_000))),
      naceCode: '56.10',
    });
    siteId = (
      await dataSource.getRepository(OrganisationSite).save({
        organisationId,
        name: 'Elders',
        streetAddress: 'Stationsstraat 1',
        postcode: '9100',
        lat: null,
        lon: null,
        neighbourhoodId: null,
        locatedBy: SiteLocatedBy.OutsideGhent,
      })
    ).id;
  });
  afterAll(() => worker?.close());

  async function publishedVacancy(closingDate: string): Promise<string> {
    const occupation = (
      await dataSource.query<{ id: string }[]>("SELECT id FROM occupations WHERE isco_code = '5120' LIMIT 1")
    )[0];
    const store = worker.get(VacancyStore);
    const vacancy = await dataSource.transaction((manager) =>
      store.insert(
        manager,
        {
          organisationId,
          content: {
            kind: VacancyKind.Vacancy,
            siteId,
            title: 'Kok',
            description: 'Een vacature die vanzelf verloopt wanneer haar sluitingsdatum voorbij is.',
            occupationId: occupation.id,
            requiredSkillIds: [],
            niceToHaveSkillIds: [],
            minimumEducation: 'none',
            dutchLevel: null,
            otherLanguages: [],
            drivingLicences: [],
            hoursPerWeekMin: 38,
            hoursPerWeekMax: 38,
            shifts: [],
            contractType: ContractType.Permanent,
            programme: VacancyProgramme.Regular,
            positions: 1,
            startDate: null,
            closingDate,
            remoteSharePercent: 0,
          },
          resolved: { iscoCode: '5120', shortage: true, neighbourhoodId: null },
          publish: true,
        },
        { accountId: null, role: 'system' },
        clock.now(),
      ),
    );
    return vacancy.id;
  }

  async function runExpiry(): Promise<void> {
    const id = await jobs.add(JobName.VacanciesExpireOverdue, {});
    await eventually(async () => {
      expect(await jobs.queue(QueueName.Maintenance).getJobState(id)).toBe('completed');
    }, 90_000);
  }

  const statusOf = async (id: string) => (await dataSource.getRepository(Vacancy).findOneByOrFail({ id })).status;

  it('schedules the job hourly at worker boot, under one fixed scheduler id', async () => {
    const scheduler = await jobs.queue(QueueName.Maintenance).getJobScheduler(VACANCY_EXPIRY_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: JobName.VacanciesExpireOverdue, pattern: '7 * * * *' });
  });

  it('expires a published vacancy once its closing date has passed, as the system with a reason', async () => {
    const closing = isoDate(new Date(start.getTime() + 2 * DAY_MS));
    const due = await publishedVacancy(closing);
    const later = await publishedVacancy(isoDate(new Date(start.getTime() + 30 * DAY_MS)));

    await runExpiry();
    expect(await statusOf(due)).toBe(VacancyStatus.Published);

    clock.set(new Date(start.getTime() + 4 * DAY_MS));
    await runExpiry();
    expect(await statusOf(due)).toBe(VacancyStatus.Expired);
    expect(await statusOf(later)).toBe(VacancyStatus.Published);

    const last = await dataSource
      .getRepository(VacancyStatusChange)
      .findOneOrFail({ where: { vacancyId: due, toStatus: VacancyStatus.Expired } });
    expect(last).toMatchObject({
      fromStatus: VacancyStatus.Published,
      actorAccountId: null,
      actorRole: 'system',
      reason: `The closing date ${closing} has passed.`,
    });

    // Running again changes nothing: an expired vacancy is final.
    const version = (await dataSource.getRepository(Vacancy).findOneByOrFail({ id: due })).version;
    await runExpiry();
    expect((await dataSource.getRepository(Vacancy).findOneByOrFail({ id: due })).version).toBe(version);
  });
});
