#!/usr/bin/env node
// Small service chores for the shell scripts, kept in plain JS so they run before any build:
//   reachable <url>            exit 0 when a TCP connection to the URL's host:port succeeds
//   create-db <postgres-url>   create the database named in the URL if it does not exist
//   drop-db <postgres-url>     drop it (used for the per-run test databases)
//   clear-redis <redis-url> <prefix>   delete every key under a queue prefix
const net = require('node:net');

const [command, url, extra] = process.argv.slice(2);

function reachable(target) {
  const u = new URL(target);
  const defaultPort = u.protocol.startsWith('redis') ? 6379 : 5432;
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port || defaultPort), timeout: 1500 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(false));
  });
}

function adminUrl(target) {
  const u = new URL(target);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name "${name}" (letters, digits, _ only)`);
  u.pathname = '/postgres';
  return { admin: u.toString(), name };
}

async function withAdmin(target, fn) {
  const { Client } = require('pg');
  const { admin, name } = adminUrl(target);
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await fn(client, name);
  } finally {
    await client.end();
  }
}

async function main() {
  switch (command) {
    case 'reachable':
      process.exit((await reachable(url)) ? 0 : 1);
      break;
    case 'create-db':
      await withAdmin(url, async (client, name) => {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
      });
      break;
    case 'drop-db':
      await withAdmin(url, (client, name) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      break;
    case 'clear-redis': {
      const Redis = require('ioredis');
      const redis = new Redis(url, { maxRetriesPerRequest: 1 });
      let deleted = 0;
      // Tests derive sub-prefixes (`<prefix>_throttle_…`) to isolate their own counters.
      for (const match of [`${extra}:*`, `${extra}_*`]) {
        for await (const keys of redis.scanStream({ match, count: 500 })) {
          if (keys.length) deleted += await redis.unlink(...keys);
        }
      }
      await redis.quit();
      process.stdout.write(`removed ${deleted} Redis keys under ${extra}:\n`);
      break;
    }
    default:
      process.stderr.write('usage: service-tool.js reachable|create-db|drop-db|clear-redis <url> [prefix]\n');
      process.exit(2);
  }
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
