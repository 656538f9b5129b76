import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Clock } from '@werkpunt/platform';
import { In, Repository } from 'typeorm';
import { isOpenAt } from './opening-hours';
import { Werkpunt, WerkpuntStatus } from './werkpunt.entity';
import { WerkpuntRef, WerkpuntView } from './werkpunt-views';

/**
 * The Werkpunten for the API and every other context. A handful of rows: reads PostgreSQL each time,
 * no cache. "Not found" is `null` or a shorter list, never an exception.
 */
@Injectable()
export class WerkpuntenService {
  constructor(
    @InjectRepository(Werkpunt) private readonly werkpunten: Repository<Werkpunt>,
    private readonly clock: Clock,
  ) {}

  /** All Werkpunten by name, open ones and planned ones, each with its wijk and whether it is open now. */
  async list(): Promise<WerkpuntView[]> {
    const rows = await this.werkpunten.find({ relations: { neighbourhood: true }, order: { name: 'ASC' } });
    const now = this.clock.now();
    return rows.map((row) => toView(row, now));
  }

  async findById(id: string): Promise<WerkpuntView | null> {
    if (!isUuid(id)) return null;
    const row = await this.werkpunten.findOne({ where: { id }, relations: { neighbourhood: true } });
    return row ? toView(row, this.clock.now()) : null;
  }

  /** For contexts that store a Werkpunt id (memberships, caseloads) and must refuse an unknown one. */
  async exists(id: string): Promise<boolean> {
    return isUuid(id) && this.werkpunten.exists({ where: { id } });
  }

  /** The known ones among `ids`, by name; unknown ids are left out, so compare lengths to find them. */
  async findMany(ids: readonly string[]): Promise<WerkpuntRef[]> {
    const wellFormed = ids.filter(isUuid);
    if (wellFormed.length === 0) return [];
    return this.werkpunten.find({
      select: { id: true, name: true },
      where: { id: In(wellFormed) },
      order: { name: 'ASC' },
    });
  }

  /** Id → name, e.g. to show "Werkpunt Rabot" in a client's "who looked at my file". */
  async namesById(ids: readonly string[]): Promise<Map<string, string>> {
    const refs = await this.findMany(ids);
    return new Map(refs.map((ref) => [ref.id, ref.name]));
  }
}

// PostgreSQL rejects a malformed uuid with an error; for these questions it is simply not a Werkpunt.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

function toView(row: Werkpunt, now: Date): WerkpuntView {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    status: row.status,
    streetAddress: row.streetAddress,
    postcode: row.postcode,
    neighbourhood: { id: row.neighbourhoodId, name: row.neighbourhood?.name ?? '' },
    location: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    openingHours: row.openingHours,
    openNow: row.status === WerkpuntStatus.Open && isOpenAt(row.openingHours, now),
    phone: row.phone,
    email: row.email,
    notes: row.notes,
  };
}
