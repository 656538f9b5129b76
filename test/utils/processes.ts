import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import { testConfig } from './test-app';

const ROOT = join(__dirname, '..', '..');
export const BUILT_API = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
export const BUILT_WORKER = join(ROOT, 'dist/apps/worker/apps/worker/src/main.js');

export interface RunningProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
}

/** The environment of a built process that joins this test run: its database, Redis and queue prefix. */
export function testRunEnv(logLevel: string): Record<string, string> {
  const config = testConfig();
  return {
    NODE_ENV: 'test',
    DATABASE_URL: config.database.url,
    REDIS_URL: config.redis.url,
    QUEUE_PREFIX: config.redis.queuePrefix,
    LOG_LEVEL: logLevel,
  };
}

/** Starts a built entry point the way production does (node dist/…), capturing its output. */
export function startBuilt(entry: string, env: Record<string, string>): RunningProcess {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first (npm test does).`);
  const child = spawn(process.execPath, [entry], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal)),
  );
  return { child, stdout: () => out, stderr: () => err, exited };
}

/**
 * Nest closes the app on SIGTERM, then re-raises the signal so the parent sees why it ended:
 * an orderly stop therefore ends "by SIGTERM" (or with 0), never with an error code.
 */
export const STOPPED_CLEANLY = [0, 'SIGTERM'];

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
