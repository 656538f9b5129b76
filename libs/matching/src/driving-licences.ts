/**
 * Categories a licence also covers (EU directive 2006/126, as applied in Belgium): B must be held before
 * C1, C, D or a trailer category, and the larger lorry categories include the smaller ones. Without this, a
 * lorry driver with "CE" would be filtered out of a van job that asks for "B".
 */
const ALSO_COVERS: Record<string, string[]> = {
  BE: ['B'],
  C1: ['B'],
  C1E: ['C1', 'BE', 'B'],
  C: ['C1', 'B'],
  CE: ['C', 'C1', 'C1E', 'BE', 'B'],
  D1: ['B'],
  D: ['D1', 'B'],
  DE: ['D', 'D1', 'BE', 'B'],
  A: ['A2', 'A1', 'AM'],
  A2: ['A1', 'AM'],
  A1: ['AM'],
  B: ['AM'],
};

export function licencesCovered(held: string[]): Set<string> {
  const covered = new Set<string>();
  for (const licence of held) {
    const code = licence.trim().toUpperCase();
    covered.add(code);
    for (const implied of ALSO_COVERS[code] ?? []) covered.add(implied);
  }
  return covered;
}

/** Required categories the person does not hold, in the vacancy's order. */
export function missingLicences(held: string[], required: string[]): string[] {
  const covered = licencesCovered(held);
  return required.filter((licence) => !covered.has(licence.trim().toUpperCase()));
}
