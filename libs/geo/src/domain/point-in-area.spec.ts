import { MultiPolygon, Polygon } from 'geojson';
import { isPointInArea } from './point-in-area';

describe('isPointInArea', () => {
  // A 0.01° square around Ledeberg with a 0.002° hole in the middle.
  const withHole: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [3.74, 51.03],
        [3.75, 51.03],
        [3.75, 51.04],
        [3.74, 51.04],
        [3.74, 51.03],
      ],
      [
        [3.744, 51.034],
        [3.746, 51.034],
        [3.746, 51.036],
        [3.744, 51.036],
        [3.744, 51.034],
      ],
    ],
  };

  it('finds a point inside and rejects one outside', () => {
    expect(isPointInArea({ lat: 51.032, lon: 3.742 }, withHole)).toBe(true);
    expect(isPointInArea({ lat: 51.05, lon: 3.742 }, withHole)).toBe(false);
  });

  it('reads positions as [lon, lat], not [lat, lon]', () => {
    expect(isPointInArea({ lat: 3.742, lon: 51.032 }, withHole)).toBe(false);
  });

  it('treats a hole as outside', () => {
    expect(isPointInArea({ lat: 51.035, lon: 3.745 }, withHole)).toBe(false);
  });

  it('counts a point on the boundary as inside', () => {
    expect(isPointInArea({ lat: 51.03, lon: 3.745 }, withHole)).toBe(true);
  });

  it('looks in every part of a MultiPolygon', () => {
    const twoParts: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        withHole.coordinates,
        [
          [
            [3.8, 51.1],
            [3.81, 51.1],
            [3.81, 51.11],
            [3.8, 51.1],
          ],
        ],
      ],
    };
    expect(isPointInArea({ lat: 51.101, lon: 3.808 }, twoParts)).toBe(true);
  });
});
