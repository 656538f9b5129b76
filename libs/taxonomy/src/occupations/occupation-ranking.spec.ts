import { LABEL_WEIGHTS } from './label-kind';
import { LabelMatch, rankOccupationMatches } from './occupation-ranking';

function match(overrides: Partial<LabelMatch> & Pick<LabelMatch, 'occupationId' | 'label'>): LabelMatch {
  return {
    escoCode: overrides.occupationId,
    weight: LABEL_WEIGHTS.alternative,
    matchKind: 'prefix',
    wordSimilarity: 1,
    similarity: 0.5,
    ...overrides,
  };
}

const ids = (matches: LabelMatch[]) => matches.map((m) => m.occupationId);

describe('rankOccupationMatches', () => {
  it('ranks exact over prefix over word prefix over contains over fuzzy', () => {
    const ranked = rankOccupationMatches(
      [
        match({ occupationId: 'fuzzy', label: 'kuisman', matchKind: 'fuzzy' }),
        match({ occupationId: 'contains', label: 'autopoetser', matchKind: 'contains' }),
        match({ occupationId: 'word', label: 'hulp poetser', matchKind: 'word-prefix' }),
        match({ occupationId: 'prefix', label: 'poetser van voertuigen', matchKind: 'prefix' }),
        match({ occupationId: 'exact', label: 'poetser', matchKind: 'exact', weight: LABEL_WEIGHTS.secondarySynonym }),
      ],
      10,
    );
    expect(ids(ranked)).toEqual(['exact', 'prefix', 'word', 'contains', 'fuzzy']);
  });

  it('puts preferred labels and everyday synonyms above alternative labels that match as well', () => {
    const ranked = rankOccupationMatches(
      [
        match({ occupationId: 'alt', label: 'verzorgende', matchKind: 'exact', weight: LABEL_WEIGHTS.alternative }),
        match({
          occupationId: 'secondary',
          label: 'verzorgende',
          matchKind: 'exact',
          weight: LABEL_WEIGHTS.secondarySynonym,
        }),
        match({
          occupationId: 'synonym',
          label: 'verzorgende',
          matchKind: 'exact',
          weight: LABEL_WEIGHTS.primarySynonym,
        }),
        match({
          occupationId: 'preferred',
          label: 'verzorgende x',
          matchKind: 'prefix',
          weight: LABEL_WEIGHTS.preferred,
        }),
      ],
      10,
    );
    expect(ids(ranked)).toEqual(['synonym', 'alt', 'secondary', 'preferred']);
  });

  it('breaks remaining ties with the shorter label, then the ESCO code', () => {
    const ranked = rankOccupationMatches(
      [
        match({ occupationId: 'b', escoCode: '9112.3', label: 'schoonmaker meubilair' }),
        match({ occupationId: 'long', label: 'schoonmaker van lokalen en grote ruimtes' }),
        match({ occupationId: 'a', escoCode: '9112.1', label: 'schoonmaker meubilair' }),
      ],
      10,
    );
    expect(ids(ranked)).toEqual(['a', 'b', 'long']);
  });

  it('ranks typos by similarity before label weight', () => {
    const ranked = rankOccupationMatches(
      [
        match({
          occupationId: 'preferred',
          label: 'schoonmaker pretpark',
          matchKind: 'fuzzy',
          weight: 0,
          similarity: 0.4,
        }),
        match({ occupationId: 'closer', label: 'schoonmaker', matchKind: 'fuzzy', weight: 2, similarity: 0.7 }),
        match({ occupationId: 'farther', label: 'schoenmaker', matchKind: 'fuzzy', weight: 0, wordSimilarity: 0.6 }),
      ],
      10,
    );
    expect(ids(ranked)).toEqual(['closer', 'preferred', 'farther']);
  });

  it('keeps each occupation once, with its best label', () => {
    const ranked = rankOccupationMatches(
      [
        match({ occupationId: 'cleaner', label: 'schoonmaakster van lokalen', matchKind: 'prefix' }),
        match({ occupationId: 'cleaner', label: 'schoonmaakster', matchKind: 'exact' }),
        match({ occupationId: 'other', label: 'schoonmaakster pretpark', matchKind: 'prefix' }),
      ],
      10,
    );
    expect(ranked.map((m) => [m.occupationId, m.label])).toEqual([
      ['cleaner', 'schoonmaakster'],
      ['other', 'schoonmaakster pretpark'],
    ]);
  });

  it('returns at most the limit', () => {
    const many = Array.from({ length: 20 }, (_, i) => match({ occupationId: `o${i}`, label: `label ${i}` }));
    expect(rankOccupationMatches(many, 5)).toHaveLength(5);
  });
});
