import { LABEL_WEIGHTS } from '../occupations/label-kind';
import { buildOccupationLabels } from './build-occupation-labels';
import { EscoOccupationRecord } from './taxonomy-records';

const buildingCleaner: EscoOccupationRecord = {
  id: 'cleaner-id',
  escoCode: '9112.2',
  iscoCode: '9112',
  preferredLabel: 'schoonmaker gebouwen',
  altLabels: ['schoonmaakster', 'poetsvrouw', 'Poetsvrouw', 'schoonmaker van lokalen'],
};
const domesticCleaner: EscoOccupationRecord = {
  id: 'domestic-id',
  escoCode: '9111.1',
  iscoCode: '9111',
  preferredLabel: 'interieurverzorger',
  altLabels: [],
};

describe('buildOccupationLabels', () => {
  const labels = buildOccupationLabels(
    [buildingCleaner, domesticCleaner],
    [
      { label: 'kuisvrouw', escoCode: '9112.2', primary: true },
      { label: 'poetsvrouw', escoCode: '9112.2', primary: true },
      { label: 'kuisvrouw', escoCode: '9111.1', primary: false },
      { label: 'Schoonmaker gebouwen', escoCode: '9112.2', primary: true },
    ],
  );
  const labelsOf = (occupationId: string) =>
    labels.filter((l) => l.occupationId === occupationId).map((l) => [l.label, l.kind, l.weight]);

  it('lists preferred, synonyms and alternative labels once each, a synonym lifting a repeated alternative', () => {
    expect(labelsOf('cleaner-id')).toEqual([
      ['schoonmaker gebouwen', 'preferred', LABEL_WEIGHTS.preferred],
      ['kuisvrouw', 'synonym', LABEL_WEIGHTS.primarySynonym],
      ['poetsvrouw', 'synonym', LABEL_WEIGHTS.primarySynonym],
      ['schoonmaakster', 'alternative', LABEL_WEIGHTS.alternative],
      ['schoonmaker van lokalen', 'alternative', LABEL_WEIGHTS.alternative],
    ]);
  });

  it('ranks a loosely fitting synonym below the alternative labels', () => {
    expect(labelsOf('domestic-id')).toEqual([
      ['interieurverzorger', 'preferred', LABEL_WEIGHTS.preferred],
      ['kuisvrouw', 'synonym', LABEL_WEIGHTS.secondarySynonym],
    ]);
  });
});
