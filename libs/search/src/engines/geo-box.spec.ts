import { boundingBox, haversineMeters } from './geo-box';

describe('geo box', () => {
  const rabot = { lat: 51.0615, lng: 3.7118 };

  it('contains every point of the circle (checked on its rim)', () => {
    const box = boundingBox(rabot, 5000);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      const b = (bearing * Math.PI) / 180;
      // A point 4,999 m away along the bearing (small-distance approximation, then measured exactly).
      const dLat = ((4999 * Math.cos(b)) / 6371008.8) * (180 / Math.PI);
      const dLng = ((4999 * Math.sin(b)) / (6371008.8 * Math.cos((rabot.lat * Math.PI) / 180))) * (180 / Math.PI);
      const p = { lat: rabot.lat + dLat, lng: rabot.lng + dLng };
      if (haversineMeters(rabot, p) > 5000) continue;
      expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(p.lat).toBeLessThanOrEqual(box.maxLat);
      expect(p.lng).toBeGreaterThanOrEqual(box.minLng!);
      expect(p.lng).toBeLessThanOrEqual(box.maxLng!);
    }
  });

  it('drops longitude bounds near the poles and across the antimeridian', () => {
    expect(boundingBox({ lat: 89.99, lng: 0 }, 5000).minLng).toBeUndefined();
    expect(boundingBox({ lat: 0, lng: 179.99 }, 5000).minLng).toBeUndefined();
  });

  it('measures Rabot to Ledeberg as about 3.4 km', () => {
    expect(haversineMeters(rabot, { lat: 51.0386, lng: 3.7446 })).toBeCloseTo(3440, -2);
  });
});
