import { join } from 'node:path';
import { iscoPathCodes } from '../isco/isco-code';
import { buildOccupationLabels } from './build-occupation-labels';
import { readTaxonomyReferenceData } from './read-taxonomy-reference-data';

// The committed files the seed loads: these tests guard every curated row against typos.
const TAXONOMY_DATA_DIR = join(__dirname, '..', '..', '..', '..', 'seeds', 'data', 'taxonomy');

describe('the taxonomy reference files', () => {
  const data = readTaxonomyReferenceData(TAXONOMY_DATA_DIR);

  it('hold all ESCO occupations and ISCO-08 groups', () => {
    expect(data.occupations).toHaveLength(3007);
    expect(data.iscoGroups).toHaveLength(619);
    expect(data.iscoGroups.filter((g) => g.level === 'major')).toHaveLength(10);
  });

  it('map every everyday word the Ghent mediators asked for', () => {
    const words = new Set(data.synonyms.map((s) => s.label));
    const asked = [
      'kuisvrouw',
      'kuisman',
      'kuisploeg',
      'poetsvrouw',
      'poetsman',
      'poetser',
      'poetshulp',
      'schoonmaakster',
      'dienstenchequeshulp',
      'huishoudhulp',
      'strijkster',
      'afwasser',
      'keukenhulp',
      'magazijnier',
      'heftruckchauffeur',
      'verzorgende',
      'zorgkundige',
      'bouwvakker',
      'metser',
      'lasser',
      'kassier',
      'kassierster',
      'winkelbediende',
      'vrachtwagenchauffeur',
    ];
    expect(asked.filter((word) => !words.has(word))).toEqual([]);
  });

  it('give each everyday word exactly one primary meaning', () => {
    const primaries = data.synonyms.filter((s) => s.primary).map((s) => s.label.toLowerCase());
    expect(primaries.filter((label, i) => primaries.indexOf(label) !== i)).toEqual([]);
    const secondaryOnly = data.synonyms.filter((s) => !s.primary && !primaries.includes(s.label.toLowerCase()));
    expect(secondaryOnly).toEqual([]);
  });

  it('have a curated skill list of useful size, with skills for the big occupation groups in Ghent', () => {
    expect(data.skills.length).toBeGreaterThanOrEqual(150);
    expect(data.skills.length).toBeLessThanOrEqual(260);
    const skillsFor = (unit: string) =>
      data.skills.filter((s) =>
        s.iscoCodes.some((code) => iscoPathCodes(unit).includes(code) || code.startsWith(unit)),
      );
    // cleaning, construction, care, nursing, warehouse, retail, kitchen, welding, lorry driving, office
    for (const unit of ['9112', '7112', '5321', '2221', '9333', '5223', '9412', '7212', '8332', '4110']) {
      expect(skillsFor(unit).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('give every occupation its preferred label as a search label', () => {
    const labels = buildOccupationLabels(data.occupations, data.synonyms);
    const preferred = labels.filter((l) => l.kind === 'preferred');
    expect(preferred).toHaveLength(3007);
    expect(labels.length).toBeGreaterThan(20000);
  });
});
