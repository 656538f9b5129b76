// Prints the gzipped size of the JavaScript a job seeker downloads before the first page shows: the entry
// chunk and everything it imports statically (lazy chunks excluded), read from Vite's manifest.
// Exits non-zero above the budget so `npm run build` fails.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist', 'web');
const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
entries.forEach(visit);

let total = 0;
for (const key of initial) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  const gzipped = gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  total += gzipped;
  process.stdout.write(`  ${file}  ${(gzipped / 1024).toFixed(1)} kB gzipped\n`);
}
const kb = total / 1024;
process.stdout.write(
  `Initial JavaScript of the job-seeker pages: ${kb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB)\n`,
);
if (kb > BUDGET_KB) {
  process.stderr.write(
    `✗ Over the budget by ${(kb - BUDGET_KB).toFixed(1)} kB: lazy-load a page or drop a dependency.\n`,
  );
  process.exit(1);
}
