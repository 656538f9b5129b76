import { Clock } from '@werkpunt/platform';
import { Repository } from 'typeorm';
import { Werkpunt, WerkpuntStatus } from './werkpunt.entity';
import { WerkpuntenService } from './werkpunten.service';

const RABOT_ID = '0b6a6b1e-0d2e-5f7a-9c1d-2e3f4a5b6c7d';

function werkpunt(overrides: Partial<Werkpunt>): Werkpunt {
  return Object.assign(new Werkpunt(), {
    id: RABOT_ID,
    name: 'Werkpunt Rabot',
    host: 'Buurtcentrum Rabot',
    streetAddress: null,
    postcode: '9000',
    neighbourhoodId: 7,
    neighbourhood: { id: 7, name: 'Rabot - Blaisantvest' },
    lat: 51.06,
    lon: 3.71,
    openingHours: [{ weekday: 'wednesday', opens: '09:00', closes: '12:00' }],
    phone: null,
    email: null,
    status: WerkpuntStatus.Open,
    notes: null,
    ...overrides,
  });
}

class FixedClock extends Clock {
  constructor(private readonly instant: Date) {
    super();
  }
  now(): Date {
    return this.instant;
  }
}

describe('WerkpuntenService', () => {
  // Wednesday 14 January 2026, 10:00 in Ghent.
  const wednesdayMorning = new FixedClock(new Date('2026-01-14T09:00:00Z'));

  function serviceWith(rows: Werkpunt[], clock: Clock = wednesdayMorning) {
    const repository = {
      find: jest.fn().mockResolvedValue(rows),
      findOne: jest.fn().mockResolvedValue(rows[0] ?? null),
      exists: jest.fn().mockResolvedValue(rows.length > 0),
    };
    const service = new WerkpuntenService(repository as unknown as Repository<Werkpunt>, clock);
    return { service, repository };
  }

  it('tells whether a Werkpunt is open now by the injected clock, and never for a planned one', async () => {
    const { service } = serviceWith([
      werkpunt({}),
      werkpunt({ id: 'b', name: 'Werkpunt Nieuw Gent', status: WerkpuntStatus.Planned }),
    ]);
    const [open, planned] = await service.list();
    expect(open).toMatchObject({
      openNow: true,
      neighbourhood: { id: 7, name: 'Rabot - Blaisantvest' },
      location: { lat: 51.06, lon: 3.71 },
    });
    expect(planned.openNow).toBe(false);

    const { service: atNoon } = serviceWith([werkpunt({})], new FixedClock(new Date('2026-01-14T11:00:00Z')));
    expect((await atNoon.findById(RABOT_ID))?.openNow).toBe(false);
  });

  it('gives no location while either coordinate is missing', async () => {
    const { service } = serviceWith([werkpunt({ lat: null, lon: null })]);
    expect((await service.findById(RABOT_ID))?.location).toBeNull();
  });

  it('answers "no such Werkpunt" to a malformed id without asking PostgreSQL, which would fail on it', async () => {
    const { service, repository } = serviceWith([werkpunt({})]);
    expect(await service.exists('rabot')).toBe(false);
    expect(await service.findById('rabot')).toBeNull();
    expect(await service.findMany(['rabot', ''])).toEqual([]);
    expect(repository.exists).not.toHaveBeenCalled();
    expect(repository.findOne).not.toHaveBeenCalled();
    expect(repository.find).not.toHaveBeenCalled();
  });

  it('maps ids to names for other contexts', async () => {
    const { service } = serviceWith([werkpunt({})]);
    expect(await service.namesById([RABOT_ID, 'not-an-id'])).toEqual(new Map([[RABOT_ID, 'Werkpunt Rabot']]));
  });
});
