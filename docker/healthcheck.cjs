// Container health check for the Werkpunt image (HEALTHCHECK in docker/Dockerfile).
//
//   node docker/healthcheck.cjs [api|worker]
//
// Without an argument the role is read from PID 1's command line (the container's main process,
// or docker-init followed by it), so one HEALTHCHECK serves both entry points of the image.
//   api:    GET http://127.0.0.1:$PORT/health/ready answers 2xx (PostgreSQL, Redis, search engine up).
//   worker: it has no HTTP; the key "$QUEUE_PREFIX:worker:last-heartbeat" in Redis holds an ISO time
//           written every 15 s by the worker's heartbeat job (libs/platform/src/queues/worker-heartbeat.ts);
//           healthy while that time is at most 60 s old (WORKER_HEARTBEAT_STALE_MS). Every worker
//           replica writes the same key, so with several replicas this says "some worker is alive".
// Anything else (the tools image, a shell) counts as healthy. Exit 0 = healthy, 1 = unhealthy.
'use strict';

const fs = require('node:fs');

const TIMEOUT_MS = 4000;
const HEARTBEAT_STALE_MS = 60000;

function roleFromPid1() {
  try {
    const cmdline = fs.readFileSync('/proc/1/cmdline', 'utf8').split('\0').join(' ');
    if (cmdline.includes('apps/worker')) return 'worker';
    if (cmdline.includes('apps/api')) return 'api';
  } catch {
    // not on Linux, or /proc hidden: fall through
  }
  return 'other';
}

function done(ok, message) {
  if (message) (ok ? process.stdout : process.stderr).write(`${message}\n`);
  process.exit(ok ? 0 : 1);
}

async function checkApi() {
  const port = process.env.PORT || '3000';
  const url = `http://127.0.0.1:${port}/health/ready`;
  const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  done(response.ok, `${url} -> ${response.status}`);
}

async function checkWorker() {
  // ioredis is a production dependency of the app, so it is in the runtime image's node_modules.
  const Redis = require('ioredis');
  const key = `${process.env.QUEUE_PREFIX || 'werkpunt'}:worker:last-heartbeat`;
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    const last = await redis.get(key);
    const ageMs = last ? Date.now() - Date.parse(last) : Number.POSITIVE_INFINITY;
    done(ageMs <= HEARTBEAT_STALE_MS, last ? `${key} = ${last} (${Math.round(ageMs / 1000)} s ago)` : `${key} not set`);
  } finally {
    redis.disconnect();
  }
}

const role = process.argv[2] || roleFromPid1();
setTimeout(() => done(false, `${role} health check timed out`), TIMEOUT_MS + 1000).unref();

const checks = { api: checkApi, worker: checkWorker, other: async () => done(true) };
if (!checks[role]) done(false, `unknown role "${role}" (expected api or worker)`);
checks[role]().catch((error) => done(false, `${role} unhealthy: ${error && error.message ? error.message : error}`));
