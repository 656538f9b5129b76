import { INestApplication } from '@nestjs/common';
import { WerkpuntenService } from '@werkpunt/mediation';
import { Clock, PROBLEM_CONTENT_TYPE } from '@werkpunt/platform';
import request from 'supertest';
import { DEMO_WERKPUNT_RABOT_ID } from '../../seeds/src/steps/accounts.step';
import { WERKPUNT_IDS } from '../../seeds/src/steps/werkpunten.step';
import { createTestApp } from '../utils/test-app';

interface WerkpuntBody {
  id: string;
  name: string;
  host: string | null;
  status: string;
  neighbourhood: { id: number; name: string };
  openNow: boolean;
}

describe('Werkpunten API (public reference data)', () => {
  let app: INestApplication;
  const get = (path: string) => request(app.getHttpServer()).get(path);
  const byName = (body: WerkpuntBody[], name: string) => body.find((werkpunt) => werkpunt.name === name);

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => app?.close());

  describe('GET /api/v1/werkpunten', () => {
    it('lists the four Werkpunten of the policy, each in its wijk, without logging in', async () => {
      const res = await get('/api/v1/werkpunten');
      expect(res.status).toBe(200);
      const summary = (res.body as WerkpuntBody[]).map((w) => [w.name, w.host, w.status, w.neighbourhood]);
      expect(summary).toEqual(
        expect.arrayContaining([
          ['Werkpunt Ledeberg', 'Welzijnsknoop Ledeberg', 'open', { id: 18, name: 'Ledeberg' }],
          ['Werkpunt Rabot', 'Buurtcentrum Rabot', 'open', { id: 7, name: 'Rabot - Blaisantvest' }],
          ['Werkpunt Nieuw Gent', null, 'planned', { id: 20, name: 'Nieuw Gent - UZ' }],
          ['Werkpunt Dampoort', null, 'planned', { id: 13, name: 'Dampoort' }],
        ]),
      );
      expect(res.body).toHaveLength(4);
    });

    it('gives address, location, structured opening hours and the notes on what is still to confirm', async () => {
      const ledeberg = byName((await get('/api/v1/werkpunten')).body, 'Werkpunt Ledeberg');
      expect(ledeberg).toMatchObject({
        id: WERKPUNT_IDS.ledeberg,
        streetAddress: expect.stringContaining('Hundelgemsesteenweg'),
        postcode: '9050',
        location: { lat: expect.any(Number), lon: expect.any(Number) },
        openingHours: expect.arrayContaining([{ weekday: 'monday', opens: '09:00', closes: '12:00' }]),
        notes: expect.stringContaining('demo values'),
      });
    });

    it('computes "open now" with the application clock, in Ghent time', async () => {
      const clock = app.get(Clock);
      // Wednesday 14 January 2026 at 10:00 in Ghent (09:00 UTC): Rabot's demo hours are on, Ledeberg's are not.
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-01-14T09:00:00Z'));
      const wednesdayMorning = (await get('/api/v1/werkpunten')).body as WerkpuntBody[];
      expect(byName(wednesdayMorning, 'Werkpunt Rabot')?.openNow).toBe(true);
      expect(byName(wednesdayMorning, 'Werkpunt Ledeberg')?.openNow).toBe(false);
      expect(byName(wednesdayMorning, 'Werkpunt Dampoort')?.openNow).toBe(false);

      // 12:00 in Ghent: closed for lunch.
      jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-01-14T11:00:00Z'));
      expect((await get(`/api/v1/werkpunten/${WERKPUNT_IDS.rabot}`)).body.openNow).toBe(false);
    });
  });

  describe('GET /api/v1/werkpunten/:id', () => {
    it('resolves the Werkpunt Rabot id the accounts seed gives the demo mediator', async () => {
      const res = await get(`/api/v1/werkpunten/${DEMO_WERKPUNT_RABOT_ID}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: DEMO_WERKPUNT_RABOT_ID, name: 'Werkpunt Rabot', postcode: '9000' });
    });

    it('answers 404 problem+json for an unknown id', async () => {
      const res = await get('/api/v1/werkpunten/00000000-0000-4000-8000-000000000000');
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(res.body.detail).toBe('There is no Werkpunt with id 00000000-0000-4000-8000-000000000000.');
    });

    it('answers 400 problem+json for an id that is not a UUID', async () => {
      for (const id of ['rabot', '123', '00000000-0000-4000-8000-00000000000']) {
        const res = await get(`/api/v1/werkpunten/${id}`);
        expect({ id, status: res.status }).toEqual({ id, status: 400 });
        expect(res.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      }
    });
  });

  describe('WerkpuntenService for other contexts', () => {
    it('knows the seeded ids, skips unknown and malformed ones, and gives names', async () => {
      const werkpunten = app.get(WerkpuntenService);
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await werkpunten.exists(WERKPUNT_IDS.dampoort)).toBe(true);
      expect(await werkpunten.exists(unknown)).toBe(false);
      expect(await werkpunten.exists('dampoort')).toBe(false);
      expect(await werkpunten.findMany([WERKPUNT_IDS.rabot, WERKPUNT_IDS.ledeberg, unknown, 'x'])).toEqual([
        { id: WERKPUNT_IDS.ledeberg, name: 'Werkpunt Ledeberg' },
        { id: WERKPUNT_IDS.rabot, name: 'Werkpunt Rabot' },
      ]);
      expect((await werkpunten.namesById([WERKPUNT_IDS.nieuwGent])).get(WERKPUNT_IDS.nieuwGent)).toBe(
        'Werkpunt Nieuw Gent',
      );
    });
  });

  it('documents the endpoints in the OpenAPI document', async () => {
    const res = await get('/api/openapi.json');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/werkpunten', '/api/v1/werkpunten/{id}']),
    );
  });
});
