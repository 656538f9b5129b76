// The platform as production runs it: built api + worker on a free port, with the run's database and queues.
import { BUILT_API, BUILT_WORKER, freePort, RunningProcess, startBuilt } from '../../utils/processes';

export interface Platform {
  baseUrl: string;
  stop: () => Promise<void>;
}

function runEnv(port: number): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'QUEUE_PREFIX', 'SEARCH_ENGINE', 'MEILI_HOST', 'SMTP_URL']) {
    const value = process.env[name];
    if (value) env[name] = value;
  }
  return {
    ...env,
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Plain http in the tests: a Secure refresh cookie would never come back.
    COOKIE_SECURE: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // Every browser test logs in several times from one address.
    LOGIN_LIMIT_PER_ACCOUNT: '100',
    LOGIN_LIMIT_PER_IP: '1000',
  };
}

async function waitForHealth(baseUrl: string, api: RunningProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`The api stopped while starting:\n${api.stderr()}${api.stdout()}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The api did not answer /health within 60 s:\n${api.stderr()}`);
}

async function stopProcess(process: RunningProcess): Promise<void> {
  if (process.child.exitCode !== null) return;
  process.child.kill('SIGTERM');
  await process.exited;
}

export async function startPlatform(): Promise<Platform> {
  const port = await freePort();
  const env = runEnv(port);
  const api = startBuilt(BUILT_API, env);
  const worker = startBuilt(BUILT_WORKER, env);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, api);
  } catch (error) {
    await Promise.all([stopProcess(api), stopProcess(worker)]);
    throw error;
  }
  return { baseUrl, stop: () => Promise.all([stopProcess(api), stopProcess(worker)]).then(() => undefined) };
}
