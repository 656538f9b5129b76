import { EARTH_RADIUS_M, haversineDistanceM } from './haversine';

describe('haversineDistanceM', () => {
  const ledeberg = { lat: 51.034194, lon: 3.744466 };
  const binnenstad = { lat: 51.048013, lon: 3.728703 };

  it('is zero for the same point', () => {
    expect(haversineDistanceM(ledeberg, ledeberg)).toBe(0);
  });

  it('measures one degree of latitude as a 360th of the circumference', () => {
    expect(haversineDistanceM({ lat: 51, lon: 3.7 }, { lat: 52, lon: 3.7 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_M) / 360,
      3,
    );
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atGhent = haversineDistanceM({ lat: 51.05, lon: 3.7 }, { lat: 51.05, lon: 3.71 });
    expect(atGhent).toBeCloseTo(((2 * Math.PI * EARTH_RADIUS_M) / 36000) * Math.cos((51.05 * Math.PI) / 180), 0);
  });

  it('gives about 1.9 km between the centroids of Ledeberg and the Binnenstad, either way round', () => {
    const there = haversineDistanceM(ledeberg, binnenstad);
    expect(there).toBeGreaterThan(1800);
    expect(there).toBeLessThan(2000);
    expect(haversineDistanceM(binnenstad, ledeberg)).toBeCloseTo(there, 6);
  });
});
