import { INestApplication } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import request from 'supertest';
import { createTestApp } from '../utils/test-app';

interface Ref {
  id: number;
  name: string;
}

describe('neighbourhoods API (Ghent’s wijken)', () => {
  let app: INestApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);
  const names = (refs: Ref[]) => refs.map((ref) => ref.name);

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  describe('GET /api/v1/neighbourhoods', () => {
    it('lists the 25 wijken with centroid, postcodes, area and neighbours, without outlines', async () => {
      const res = await get('/api/v1/neighbourhoods');
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(25);
      const ledeberg = res.body.find((n: Ref) => n.id === 18);
      expect(ledeberg).toMatchObject({
        name: 'Ledeberg',
        district: 'Oost',
        centroid: { lat: expect.closeTo(51.0342, 3), lon: expect.closeTo(3.7445, 3) },
        postcodes: ['9050'],
        primaryPostcode: '9050',
        areaKm2: expect.closeTo(1.49, 2),
      });
      expect(names(ledeberg.neighbours)).toEqual(
        expect.arrayContaining(['Binnenstad', 'Oud Gentbrugge', 'Moscou - Vogelhoek', 'Nieuw Gent - UZ']),
      );
      for (const wijk of res.body) {
        expect(wijk.neighbours.length).toBeGreaterThan(0);
        expect(wijk).not.toHaveProperty('polygon');
      }
    });

    it('adds the GeoJSON outlines with ?include=polygon', async () => {
      const res = await get('/api/v1/neighbourhoods?include=polygon');
      expect(res.status).toBe(200);
      expect(res.body).toHaveLength(25);
      for (const wijk of res.body) expect(['Polygon', 'MultiPolygon']).toContain(wijk.polygon.type);
    });

    it('refuses an unknown include', async () => {
      expect((await get('/api/v1/neighbourhoods?include=everything')).status).toBe(400);
    });
  });

  describe('GET /api/v1/neighbourhoods/locate', () => {
    it('finds Ledeberg at 51.0386, 3.7446', async () => {
      const res = await get('/api/v1/neighbourhoods/locate?lat=51.0386&lon=3.7446');
      expect(res.status).toBe(200);
      expect(res.body.matchedBy).toBe('point');
      expect(res.body.neighbourhoods).toEqual([expect.objectContaining({ id: 18, name: 'Ledeberg' })]);
    });

    it('answers 404 for a point outside Ghent (Brussels)', async () => {
      const res = await get('/api/v1/neighbourhoods/locate?lat=50.8467&lon=4.3525');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    });

    it('gives Sint-Amandsberg and Dampoort in full for postcode 9040, then the fringe of Oostakker', async () => {
      const res = await get('/api/v1/neighbourhoods/locate?postcode=9040');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        matchedBy: 'postcode',
        postcode: '9040',
        subMunicipalities: ['Sint-Amandsberg'],
      });
      const matches = res.body.neighbourhoods.map((n: Ref & { coverage: number }) => [n.name, n.coverage]);
      expect(matches.slice(0, 2)).toEqual([
        ['Sint-Amandsberg', 1],
        ['Dampoort', 1],
      ]);
      expect(matches.slice(2)).toEqual([['Oostakker', expect.any(Number)]]);
      expect(matches[2][1]).toBeLessThan(0.1);
    });

    it('answers 404 for a postcode outside Ghent', async () => {
      expect((await get('/api/v1/neighbourhoods/locate?postcode=1000')).status).toBe(404);
    });

    it('answers 400 for a bad latitude, a malformed postcode, or a question that is incomplete', async () => {
      for (const query of [
        'lat=abc&lon=3.7446',
        'lat=95&lon=3.7446',
        'postcode=90400',
        'lat=51.0386',
        '',
        'lat=51&lon=3.7&postcode=9000',
      ]) {
        const res = await get(`/api/v1/neighbourhoods/locate?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      }
    });
  });

  describe('GET /api/v1/neighbourhoods/:id', () => {
    it('gives Ledeberg with its neighbours (shared border, distance) and distances to the 24 other wijken', async () => {
      const res = await get('/api/v1/neighbourhoods/18');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: 18, name: 'Ledeberg', bbox: { minLat: expect.any(Number) } });
      const oudGentbrugge = res.body.neighbours.find((n: Ref) => n.name === 'Oud Gentbrugge');
      expect(oudGentbrugge.sharedBorderM).toBeGreaterThan(1000);
      expect(oudGentbrugge.distanceM).toBeGreaterThan(500);
      expect(oudGentbrugge.distanceM).toBeLessThan(1500);
      expect(res.body.distances).toHaveLength(24);
      const distances = res.body.distances.map((d: { distanceM: number }) => d.distanceM);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      expect(res.body.distances.at(-1).name).toBe('Gentse Kanaaldorpen en -zone');
    });

    it('answers 404 for an unknown id and 400 for an id that is not a number', async () => {
      const missing = await get('/api/v1/neighbourhoods/99');
      expect(missing.status).toBe(404);
      expect(missing.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect((await get('/api/v1/neighbourhoods/ledeberg')).status).toBe(400);
    });
  });

  it('documents the endpoints in the OpenAPI document', async () => {
    const res = await get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/neighbourhoods',
        '/api/v1/neighbourhoods/locate',
        '/api/v1/neighbourhoods/{id}',
      ]),
    );
  });
});
