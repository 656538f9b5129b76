import { MatchExplanation } from './match-model';
import { rankMatches } from './rank-matches';

function match(id: string, score: number, eligible = true) {
  const explanation: MatchExplanation = { score, eligible, hardFilters: [], factors: [], improvements: [] };
  return { item: { id }, explanation };
}

describe('rankMatches', () => {
  it('sorts by score, breaks ties by id and drops ineligible matches', () => {
    const ranked = rankMatches([
      match('v-3', 70),
      match('v-9', 95, false),
      match('v-2', 82.5),
      match('v-10', 70),
      match('v-1', 70),
    ]);
    expect(ranked.map((entry) => entry.item.id)).toEqual(['v-2', 'v-1', 'v-10', 'v-3']);
  });

  it('gives the same order whatever order the input comes in', () => {
    const items = Array.from({ length: 40 }, (_, index) => match(`v-${index}`, index % 4 === 0 ? 50 : index % 7));
    const expected = rankMatches(items).map((entry) => entry.item.id);
    for (let shift = 1; shift < items.length; shift += 7) {
      const rotated = [...items.slice(shift), ...items.slice(0, shift)].reverse();
      expect(rankMatches(rotated).map((entry) => entry.item.id)).toEqual(expected);
    }
  });

  it('does not change the input', () => {
    const items = [match('b', 1), match('a', 2)];
    rankMatches(items);
    expect(items.map((entry) => entry.item.id)).toEqual(['b', 'a']);
  });
});
