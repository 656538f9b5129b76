import { boundingBoxOf } from './bounding-box';

describe('boundingBoxOf', () => {
  it('spans every part of a MultiPolygon', () => {
    const bbox = boundingBoxOf({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [3.7, 51.0],
            [3.72, 51.0],
            [3.7, 51.02],
            [3.7, 51.0],
          ],
        ],
        [
          [
            [3.8, 51.1],
            [3.81, 51.1],
            [3.8, 51.12],
            [3.8, 51.1],
          ],
        ],
      ],
    });
    expect(bbox).toEqual({ minLon: 3.7, minLat: 51.0, maxLon: 3.81, maxLat: 51.12 });
  });
});
