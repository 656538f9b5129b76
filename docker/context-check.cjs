// Lists the build context docker/Dockerfile.dockerignore lets through and checks it (run by validate.sh).
//
//   node docker/context-check.cjs <deps-dir> <repo-root> <dockerignore-file>
//
// Matching is @balena/dockerignore, the Docker-compatible matcher that dockerode/docker-modem use.
// Walks the files git knows (tracked and untracked, minus .gitignore'd) plus the ignored ones that
// matter most (node_modules, dist, .env), so it sees what `docker build` would be sent.
'use strict';

const fs = require('node:fs');
const { execFileSync } = require('node:child_process');

const [depsDir, root, ignoreFile] = process.argv.slice(2);
const ignore = require(require.resolve('@balena/dockerignore', { paths: [depsDir] }));

const rules = fs
  .readFileSync(ignoreFile, 'utf8')
  .split(/\r?\n/)
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const ig = ignore().add(rules);

const git = (...args) =>
  execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
const files = new Set([
  ...git('ls-files', '-z', '-co', '--exclude-standard'),
  ...git('ls-files', '-z', '-oi', '--exclude-standard', '--directory'),
]);
// Probes for paths that must never be sent, whether or not they exist right now.
const probes = [
  'node_modules/x/index.js',
  'apps/api/node_modules/x.js',
  'dist/apps/api/main.js',
  '.env',
  'docker/.env',
  '.env.local',
  '.git/HEAD',
  'coverage/lcov.info',
  'test/artifacts/a.png',
  'bench/results/r.json',
  'npm-debug.log',
];

const sent = [...files].filter((f) => !ig.ignores(f.replace(/\/$/, '')));
const problems = [];
for (const p of probes) if (!ig.ignores(p)) problems.push(`would be sent: ${p}`);
for (const f of sent) {
  if (/(^|\/)node_modules(\/|$)|^dist(\/|$)|(^|\/)\.env(\.|$)|^\.git\//.test(f)) problems.push(`would be sent: ${f}`);
}
// What the Dockerfile COPYs or the build and the tools target read.
const required = ['package.json', 'package-lock.json', 'tsconfig.json', 'nest-cli.json', 'docker/healthcheck.cjs'];
for (const r of required) if (!sent.includes(r)) problems.push(`missing from the context: ${r}`);
for (const dir of ['apps/', 'libs/', 'seeds/']) {
  if (!sent.some((f) => f.startsWith(dir))) problems.push(`missing from the context: ${dir}`);
}

if (problems.length) {
  process.stderr.write(`${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
const top = [...new Set(sent.map((f) => f.split('/')[0] + (f.includes('/') ? '/' : '')))].sort();
process.stdout.write(`context: ${sent.length} files; top level: ${top.join(' ')}\n`);
