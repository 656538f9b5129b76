// Offline stand-in for `docker compose config` where Compose v2 is not installed (run by validate.sh).
//
//   node docker/compose-schema-check.cjs <deps-dir> <compose-file> <compose-spec-schema.json>
//
// Does what Compose v2 does before it prints the model, as far as it can without Docker:
//   1. parse the YAML (anchors and aliases resolved, duplicate keys rejected);
//   2. interpolate ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?error}, ${VAR?error},
//      ${VAR:+alt}, ${VAR+alt}, $VAR and $$ from the environment, then <dir of compose file>/.env;
//   3. validate the result against the Compose Specification JSON schema (draft-07, with ajv);
//   4. check references the schema cannot: depends_on targets, named volumes, build context,
//      dockerfile and build target stage.
// <deps-dir> holds node_modules with `yaml` and `ajv` (validate.sh installs them outside the repo).
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const [depsDir, composeFile, schemaFile] = process.argv.slice(2);
if (!depsDir || !composeFile || !schemaFile) {
  process.stderr.write('usage: compose-schema-check.cjs <deps-dir> <compose-file> <schema.json>\n');
  process.exit(2);
}
const load = (name) => require(require.resolve(name, { paths: [depsDir] }));
const YAML = load('yaml');
const Ajv = load('ajv');

const problems = [];
const projectDir = path.dirname(path.resolve(composeFile));

// --- environment: process env wins over the project's .env, as in Compose ---------------------
function readDotEnv(file) {
  const vars = {};
  if (!fs.existsSync(file)) return vars;
  for (const raw of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^'.*'$/.test(value) || /^".*"$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, '');
    vars[m[1]] = value;
  }
  return vars;
}
const env = { ...readDotEnv(path.join(projectDir, '.env')), ...process.env };

// --- interpolation -----------------------------------------------------------------------------
function interpolate(text, where) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
    } else if (next === '{') {
      // find the matching brace (defaults may nest ${...})
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text[j] === '{') depth += 1;
        else if (text[j] === '}') depth -= 1;
        j += 1;
      }
      if (depth !== 0) {
        problems.push(`${where}: unterminated "\${" in ${JSON.stringify(text)}`);
        return text;
      }
      out += expand(text.slice(i + 2, j - 1), where);
      i = j;
    } else if (next && /[A-Za-z_]/.test(next)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      out += env[m[0]] ?? '';
      i += 1 + m[0].length;
    } else {
      problems.push(`${where}: invalid interpolation format in ${JSON.stringify(text)} (use $$ for a literal $)`);
      out += c;
      i += 1;
    }
  }
  return out;
}

function expand(body, where) {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([\s\S]*))?$/.exec(body);
  if (!m) {
    problems.push(`${where}: invalid interpolation "\${${body}}"`);
    return '';
  }
  const [, name, op, arg = ''] = m;
  const value = env[name];
  const set = value !== undefined;
  const nonEmpty = set && value !== '';
  switch (op) {
    case undefined:
      return value ?? '';
    case ':-':
      return nonEmpty ? value : interpolate(arg, where);
    case '-':
      return set ? value : interpolate(arg, where);
    case ':?':
    case '?':
      if (op === ':?' ? nonEmpty : set) return value;
      problems.push(`${where}: required variable ${name} is missing a value: ${interpolate(arg, where)}`);
      return '';
    case ':+':
      return nonEmpty ? interpolate(arg, where) : '';
    case '+':
      return set ? interpolate(arg, where) : '';
    default:
      return '';
  }
}

function walk(node, where) {
  if (typeof node === 'string') return interpolate(node, where);
  if (Array.isArray(node)) return node.map((v, k) => walk(v, `${where}[${k}]`));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, `${where}.${k}`)]));
  }
  return node;
}

// --- parse --------------------------------------------------------------------------------------
const doc = YAML.parseDocument(fs.readFileSync(composeFile, 'utf8'), { merge: true, uniqueKeys: true });
for (const error of doc.errors) problems.push(`YAML: ${error.message}`);
if (doc.errors.length) finish();
const model = walk(doc.toJS({ maxAliasCount: 1000 }), '$');

// --- schema -------------------------------------------------------------------------------------
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
delete schema.$schema; // "https://json-schema.org/draft-07/schema": ajv's default draft is 07
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(schema);
if (!validate(model)) {
  for (const e of validate.errors) {
    problems.push(`schema: ${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  }
}

// --- references ---------------------------------------------------------------------------------
const services = model.services || {};
const volumes = model.volumes || {};
for (const [name, service] of Object.entries(services)) {
  const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on || {});
  for (const dep of deps) {
    if (!services[dep]) problems.push(`services.${name}.depends_on: unknown service "${dep}"`);
    if (dep === name) problems.push(`services.${name}.depends_on: depends on itself`);
  }
  for (const volume of service.volumes || []) {
    const source = typeof volume === 'string' ? volume.split(':')[0] : volume.source;
    const type = typeof volume === 'string' ? undefined : volume.type;
    const isNamed = source && !/^[./~]/.test(source) && !path.isAbsolute(source) && type !== 'bind';
    if (isNamed && !(source in volumes)) problems.push(`services.${name}.volumes: undeclared volume "${source}"`);
  }
  if (!service.image && !service.build) problems.push(`services.${name}: has neither image nor build`);
  const build = typeof service.build === 'string' ? { context: service.build } : service.build;
  if (build) {
    const context = path.resolve(projectDir, build.context || '.');
    const dockerfile = path.resolve(context, build.dockerfile || 'Dockerfile');
    if (!fs.existsSync(context)) problems.push(`services.${name}.build.context: ${context} does not exist`);
    else if (!fs.existsSync(dockerfile))
      problems.push(`services.${name}.build.dockerfile: ${dockerfile} does not exist`);
    else if (build.target) {
      const stages = [...fs.readFileSync(dockerfile, 'utf8').matchAll(/^\s*FROM\s+\S+\s+AS\s+(\S+)/gim)].map(
        (x) => x[1],
      );
      if (!stages.includes(build.target)) {
        problems.push(
          `services.${name}.build.target: no stage "${build.target}" in ${dockerfile} (has ${stages.join(', ')})`,
        );
      }
    }
  }
}

finish();

function finish() {
  if (problems.length) {
    process.stderr.write(
      `${composeFile}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(
    `${composeFile}: valid against the Compose Specification schema (${Object.keys(services).length} services: ${Object.keys(services).join(', ')})\n`,
  );
  process.exit(0);
}
