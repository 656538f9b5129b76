// The wijk map's projection and bands are pure functions; the spec lives with the other web specs, outside the
// browser bundle's tsconfig.
import { bandOf, fitProjection, pathOf, ringsOf } from '../src/city/map-projection';

// A square of 0.01° by 0.01° at Ghent's latitude: on the ground about 700 m wide and 1,110 m high.
const SQUARE = [
  [
    [3.7, 51.05],
    [3.71, 51.05],
    [3.71, 51.06],
    [3.7, 51.06],
    [3.7, 51.05],
  ],
];

describe('the wijk map projection', () => {
  it('keeps the true proportions of a place at Ghent’s latitude, north up', () => {
    const projection = fitProjection(SQUARE, 100, 0);
    expect(projection.width).toBe(100);
    // cos(51.055°) ≈ 0.628: the square is 1 / 0.628 ≈ 1.59 times as high as it is wide.
    expect(projection.height).toBe(160);
    expect(projection.project(3.7, 51.06)).toEqual([0, 0]);
    const [x, y] = projection.project(3.71, 51.05);
    expect(x).toBeCloseTo(100);
    expect(y).toBeCloseTo(159.2, 0);
  });

  it('reads Polygons and MultiPolygons, and draws each ring as a closed path', () => {
    expect(ringsOf({ type: 'Polygon', coordinates: SQUARE })).toHaveLength(1);
    expect(ringsOf({ type: 'MultiPolygon', coordinates: [SQUARE, SQUARE] })).toHaveLength(2);
    expect(ringsOf({ type: 'Point', coordinates: [3.7, 51] })).toEqual([]);
    expect(ringsOf(undefined)).toEqual([]);
    const path = pathOf(SQUARE, fitProjection(SQUARE, 100, 0));
    expect(path.startsWith('M0.0 159.')).toBe(true);
    expect(path.endsWith('Z')).toBe(true);
  });

  it('bands the tension from tight to loose, apart from wijken without vacancies or with hidden counts', () => {
    expect(bandOf({ tension: 1.5, suppressed: false })).toBe('band0');
    expect(bandOf({ tension: 2, suppressed: false })).toBe('band1');
    expect(bandOf({ tension: 9.9, suppressed: false })).toBe('band2');
    expect(bandOf({ tension: 25, suppressed: false })).toBe('band4');
    expect(bandOf({ tension: null, suppressed: false })).toBe('noVacancy');
    expect(bandOf({ tension: null, suppressed: true })).toBe('suppressed');
  });
});
