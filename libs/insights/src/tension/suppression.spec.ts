import { tensionCell } from './suppression';

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
