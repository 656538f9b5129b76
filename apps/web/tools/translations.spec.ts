// Every string the web app shows lives in the translation files: a key missing in one language fails here,
// and so does visible text written straight into a component (eslint's react/jsx-no-literals says where).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { translations } from '../src/i18n/resources';

const { nl, en } = translations;

const SRC = join(__dirname, '..', 'src');

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** i18next resolves `count` plurals through suffixed keys: `found` is there when `found_one` is. */
function resolves(key: string, available: Set<string>): boolean {
  return available.has(key) || available.has(`${key}_one`) || available.has(`${key}_other`);
}

describe('translations', () => {
  const nlKeys = new Set(keys(nl));
  const enKeys = new Set(keys(en));

  it('has every Dutch key in English', () => {
    expect([...nlKeys].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('has every English key in Dutch', () => {
    expect([...enKeys].filter((key) => !nlKeys.has(key))).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = (tree: object) =>
      keys(tree).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect([...empty(nl), ...empty(en)]).toEqual([]);
  });

  it('has a translation for every literal key the components ask for', () => {
    const used = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((match) => match[1]),
    );
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((key) => !resolves(key, nlKeys) || !resolves(key, enKeys))).toEqual([]);
  });
});
