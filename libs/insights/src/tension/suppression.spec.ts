import { cellsToSuppress, tensionCell } from './suppression';

describe('tensionCell', () => {
  it('gives job seekers per open vacancy with one decimal', () => {
    expect(tensionCell(20, 3)).toEqual({ jobSeekers: 20, openVacancies: 3, tension: 6.7, suppressed: false });
  });

  it('has no tension without an open vacancy', () => {
    expect(tensionCell(12, 0)).toEqual({ jobSeekers: 12, openVacancies: 0, tension: null, suppressed: false });
  });

  it('hides 1 to 4 job seekers and the tension made from them, but not the public vacancy count', () => {
    expect(tensionCell(4, 2)).toEqual({ jobSeekers: null, openVacancies: 2, tension: null, suppressed: true });
    expect(tensionCell(1, 0)).toEqual({ jobSeekers: null, openVacancies: 0, tension: null, suppressed: true });
    expect(tensionCell(5, 2)).toEqual({ jobSeekers: 5, openVacancies: 2, tension: 2.5, suppressed: false });
  });

  it('shows zero job seekers: nobody can be picked out of nobody', () => {
    expect(tensionCell(0, 3)).toEqual({ jobSeekers: 0, openVacancies: 3, tension: 0, suppressed: false });
  });
});

describe('cellsToSuppress (cells that add up to a shown total)', () => {
  it('hides nothing when no cell is small', () => {
    expect(cellsToSuppress([0, 5, 12])).toEqual(new Set());
  });

  it('hides the next smallest cell with a lone small one, so the total minus the rest does not give it back', () => {
    // Total 2 + 6 + 9 + 30: hiding only the 2 would leave it as 47 − 6 − 9 − 30.
    expect(cellsToSuppress([2, 9, 6, 30, 0])).toEqual(new Set([0, 2]));
  });

  it('keeps hiding until the hidden cells hold at least five people together', () => {
    // 1 + 1 = 2 hidden would still say "one person each"; adding the 3 makes 5.
    expect(cellsToSuppress([1, 1, 3, 40])).toEqual(new Set([0, 1, 2]));
    expect(cellsToSuppress([1, 4, 40])).toEqual(new Set([0, 1]));
  });

  it('never hides a zero: there is nobody to protect and nothing to work out', () => {
    expect(cellsToSuppress([3, 0, 0, 8])).toEqual(new Set([0, 3]));
  });
});
