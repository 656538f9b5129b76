import { haversineDistanceM } from '@werkpunt/geo';
import {
  CaseloadEntry,
  ClientNote,
  LadderStep,
  LadderStepChange,
  Referral,
  Werkpunt,
  WerkpuntStatus,
  CaseloadTransfer,
} from '@werkpunt/mediation';
import { DataSource, EntityManager } from 'typeorm';
import { ActivationStep, DemoJobSeeker } from '../demo/demo-types';
import { DEMO_DEFAULTS, generateDemoData } from '../demo/generate';
import { DEMO_ID_NAMESPACE, uuidV5 } from '../demo/ids';
import { loadDemoSources } from '../demo/load-demo-sources';
import { SeedStep } from '../seed-step';
import { DEMO_ACCOUNT_IDS } from './accounts.step';
import { WERKPUNT_IDS } from './werkpunten.step';

const demoId = (name: string) => uuidV5(DEMO_ID_NAMESPACE, `caseload:${name}`);

const LADDER_STEP_OF: Record<ActivationStep, LadderStep> = {
  care: 'care',
  socialActivation: 'social_activation',
  languageActivation: 'language_activation',
  workActivation: 'work_activation',
  guidanceToWork: 'guidance_to_work',
};

/** Fixed moments, so a reseed writes the same rows. */
const YUSUF_ENROLLED = new Date('2025-12-01T09:30:00Z');
const YUSUF_NEXT_STEP = new Date('2026-03-10T10:00:00Z');
const GENERATED_ENROLLED = new Date('2026-01-05T08:00:00Z');

/**
 * The demo caseloads. Yusuf (the client without e-mail) is reset to one story every run: a client of
 * Werkpunt Rabot followed by An De Smet, two steps on the ladder and a referral to an NT2 course. The
 * generator's living-wage job seekers join the open Werkpunt nearest to their wijk (Ledeberg or Rabot) on
 * their ladder step, recorded by the city (no mediator responsible yet); those rows are only added, never
 * reset, so changes made while trying the demo stay.
 */
export const caseloadsSeedStep: SeedStep = {
  name: 'demo caseloads',
  kind: 'demo',
  async run({ dataSource, dataDir, progress }) {
    const demo = generateDemoData({ seed: DEMO_DEFAULTS.seed }, await loadDemoSources(dataDir));
    const livingWage = demo.jobSeekers.filter((person) => person.livingWageClient && person.activationStep);
    progress.start('Demo caseloads', 1 + livingWage.length);
    try {
      await dataSource.transaction((manager) => resetYusuf(manager));
      progress.increment();
      await enrolGenerated(dataSource, livingWage);
      progress.increment(livingWage.length);
    } finally {
      progress.stop();
    }
  },
};

async function resetYusuf(manager: EntityManager): Promise<void> {
  const yusuf = DEMO_ACCOUNT_IDS['client-without-email'];
  const mediator = DEMO_ACCOUNT_IDS['mediator-rabot'];
  for (const entity of [ClientNote, LadderStepChange, Referral, CaseloadTransfer]) {
    await manager.delete(entity, { clientAccountId: yusuf });
  }
  await manager.upsert(
    CaseloadEntry,
    {
      clientAccountId: yusuf,
      werkpuntId: WERKPUNT_IDS.rabot,
      mediatorAccountId: mediator,
      since: YUSUF_ENROLLED,
      lastContactAt: YUSUF_NEXT_STEP,
    },
    ['clientAccountId'],
  );
  await manager.insert(LadderStepChange, [
    {
      id: demoId('yusuf:ladder:1'),
      clientAccountId: yusuf,
      step: 'language_activation',
      previousStep: null,
      reason: 'Intake: wil in een keuken werken; eerst zijn Nederlands versterken.',
      clientPresent: true,
      changedByAccountId: mediator,
      changedAt: YUSUF_ENROLLED,
    },
    {
      id: demoId('yusuf:ladder:2'),
      clientAccountId: yusuf,
      step: 'work_activation',
      previousStep: 'language_activation',
      reason: 'Nederlands B1 gehaald; start een werkervaring in een keuken.',
      clientPresent: true,
      changedByAccountId: mediator,
      changedAt: YUSUF_NEXT_STEP,
    },
  ]);
  await manager.insert(Referral, {
    id: demoId('yusuf:referral:nt2'),
    clientAccountId: yusuf,
    partner: 'nt2_course',
    partnerName: null,
    purpose: 'Nederlands van B1 naar B2, avondles, met woordenschat voor de keuken.',
    status: 'sent',
    outcome: null,
    createdByAccountId: mediator,
    createdAt: YUSUF_ENROLLED,
    sentAt: YUSUF_ENROLLED,
    answeredAt: null,
    closedAt: null,
    updatedAt: YUSUF_ENROLLED,
  });
}

async function enrolGenerated(dataSource: DataSource, people: readonly DemoJobSeeker[]): Promise<void> {
  const open = await dataSource.getRepository(Werkpunt).find({ where: { status: WerkpuntStatus.Open } });
  const centroids = new Map(
    (
      await dataSource.query<{ id: number; lat: number; lon: number }[]>(
        'SELECT id, centroid_lat AS lat, centroid_lon AS lon FROM neighbourhoods',
      )
    ).map((row) => [row.id, row]),
  );
  const located = open.filter((w) => w.lat !== null && w.lon !== null);
  const nearestWerkpunt = (wijk: number): string | null => {
    const home = centroids.get(wijk);
    if (!home || located.length === 0) return null;
    const distance = (w: Werkpunt) => haversineDistanceM(home, { lat: w.lat as number, lon: w.lon as number });
    return located.reduce((best, w) => (distance(w) < distance(best) ? w : best)).id;
  };
  const recordedBy = DEMO_ACCOUNT_IDS.admin;
  const enrolled = people.flatMap((person) => {
    const werkpuntId = nearestWerkpunt(person.homeWijkNumber);
    return werkpuntId && person.activationStep
      ? [{ person, werkpuntId, step: LADDER_STEP_OF[person.activationStep] }]
      : [];
  });
  if (enrolled.length === 0) return;
  // The job-seekers step wrote these accounts just before (same generator, same ids).
  const rows = enrolled;
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseloadEntry)
      .values(
        rows.map((e) => ({
          clientAccountId: e.person.id,
          werkpuntId: e.werkpuntId,
          mediatorAccountId: null,
          since: GENERATED_ENROLLED,
          lastContactAt: null,
        })),
      )
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(LadderStepChange)
      .values(
        rows.map((e) => ({
          id: demoId(`ladder:${e.person.id}`),
          clientAccountId: e.person.id,
          step: e.step,
          previousStep: null,
          reason: 'Demo: de stap uit het OCMW-dossier bij de start van het Werkpunt.',
          clientPresent: false,
          changedByAccountId: recordedBy,
          changedAt: GENERATED_ENROLLED,
        })),
      )
      .orIgnore()
      .execute();
  });
}
