// "Export everything about me within 60 s" (issue #3): the export of a person with a long history (years of
// audit rows: who looked at the file) against one of a person who just registered, in the same run.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@werkpunt/identity';
import { Role } from '@werkpunt/identity';
import { DataSource } from 'typeorm';
import { PersonalDataExporter } from '../libs/identity/src/data-rights/personal-data-export';
import { defineBenchmark } from './benchmark';

/** About ten years of a busy client file: a mediator, an employer and the person themselves looking in. */
const HISTORY_AUDIT_ROWS = 20_000;

interface Context {
  exporter: PersonalDataExporter;
  dataSource: DataSource;
  longHistory: Actor;
  newcomer: Actor;
}

async function insertJobSeeker(dataSource: DataSource, label: string): Promise<Actor> {
  const id = randomUUID();
  await dataSource.query(`INSERT INTO accounts (id, role, email, display_name) VALUES ($1, 'job_seeker', $2, $3)`, [
    id,
    `${label}-${id.slice(0, 8)}@bench.test`,
    `Bench ${label}`,
  ]);
  return { userId: id, role: Role.JobSeeker, organisationIds: [], werkpuntIds: [] };
}

async function addHistory(dataSource: DataSource, person: Actor): Promise<void> {
  await dataSource.query(
    `INSERT INTO audit_log (occurred_at, actor_account_id, actor_role, subject_job_seeker_account_id,
                            record_type, record_id, action, purpose)
     SELECT now() - make_interval(hours => n), gen_random_uuid(), 'mediator', $1::uuid, 'job-seeker-file', $1::text,
            'read', 'caseload'
     FROM generate_series(1, $2) AS n`,
    [person.userId, HISTORY_AUDIT_ROWS],
  );
}

export const dataExport = defineBenchmark<Context, 'long-history' | 'newcomer'>({
  name: 'data-export',
  description: `export of a person with ${HISTORY_AUDIT_ROWS.toLocaleString('en-US')} audit rows vs a new account`,
  // The promise made to the person (issue #3): everything about me within 60 s.
  target: { metric: 'p95', atMost: 60_000 },
  limits: { warmup: 1, min: 5, max: 30, maxTimeMs: 10_000 },
  async setup(env) {
    const app = await env.app();
    const dataSource = app.get(DataSource);
    const longHistory = await insertJobSeeker(dataSource, 'long-history');
    await addHistory(dataSource, longHistory);
    return {
      exporter: app.get(PersonalDataExporter),
      dataSource,
      longHistory,
      newcomer: await insertJobSeeker(dataSource, 'newcomer'),
    };
  },
  inputs: () => ['long-history'],
  subject: {
    label: `PersonalDataExporter.exportOwn, ${HISTORY_AUDIT_ROWS.toLocaleString('en-US')} audit rows`,
    run: (context) => context.exporter.exportOwn(context.longHistory, null),
  },
  baseline: {
    label: 'PersonalDataExporter.exportOwn, a new account',
    run: (context) => context.exporter.exportOwn(context.newcomer, null),
  },
  async notes(context, { subject, baseline }) {
    const result = await context.exporter.exportOwn(context.longHistory, null);
    const rows = result.sections.reduce((sum, section) => sum + section.rows.length, 0);
    const bytes = Buffer.byteLength(JSON.stringify(result));
    return [
      `the long history exports ${rows.toLocaleString('en-US')} rows in ${result.sections.length} sections, ` +
        `${(bytes / 1024 / 1024).toFixed(1)} MB of JSON`,
      `×${(subject.p50 / Math.max(baseline.p50, 0.001)).toFixed(0)} the time of a new account's export (p50)`,
    ];
  },
});
