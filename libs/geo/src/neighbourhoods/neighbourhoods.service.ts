import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, MoreThanOrEqual, Repository } from 'typeorm';
import { haversineDistanceM } from '../domain/haversine';
import { LatLon } from '../domain/lat-lon';
import { isPointInArea } from '../domain/point-in-area';
import { NeighbourhoodAdjacency } from '../entities/neighbourhood-adjacency.entity';
import { Neighbourhood } from '../entities/neighbourhood.entity';
import { PostcodeNeighbourhood } from '../entities/postcode-neighbourhood.entity';
import { SubMunicipality } from '../entities/sub-municipality.entity';
import { bboxOf, centroidOf, toLocated, toSummaryFields, WITH_POLYGON, WITHOUT_POLYGON } from './neighbourhood-mappers';
import {
  ListNeighbourhoodsOptions,
  LocatedNeighbourhood,
  NeighbourhoodDetail,
  NeighbourhoodSummary,
  PostcodeMatch,
} from './neighbourhood-views';

/**
 * Ghent's wijken for every other context. Reads PostgreSQL on each call (25 rows): no cache to invalidate, and
 * a database outage surfaces as an error the HTTP layer turns into 503. "Not found" is `null`, never an exception.
 */
@Injectable()
export class NeighbourhoodsService {
  constructor(
    @InjectRepository(Neighbourhood) private readonly neighbourhoods: Repository<Neighbourhood>,
    @InjectRepository(NeighbourhoodAdjacency) private readonly adjacencies: Repository<NeighbourhoodAdjacency>,
    @InjectRepository(PostcodeNeighbourhood) private readonly postcodeLinks: Repository<PostcodeNeighbourhood>,
    @InjectRepository(SubMunicipality) private readonly subMunicipalities: Repository<SubMunicipality>,
  ) {}

  /** All wijken by id, each with its neighbours. */
  async list(options: ListNeighbourhoodsOptions = {}): Promise<NeighbourhoodSummary[]> {
    const [rows, adjacencies] = await Promise.all([
      this.neighbourhoods.find({
        select: options.includePolygon ? WITH_POLYGON : WITHOUT_POLYGON,
        order: { id: 'ASC' },
      }),
      this.adjacencies.find({ order: { neighbourhoodId: 'ASC', neighbourId: 'ASC' } }),
    ]);
    const nameById = new Map(rows.map((row) => [row.id, row.name]));
    return rows.map((row) => ({
      ...toSummaryFields(row, options.includePolygon ? row.polygon : undefined),
      neighbours: adjacencies
        .filter((adjacency) => adjacency.neighbourhoodId === row.id)
        .map((adjacency) => ({ id: adjacency.neighbourId, name: nameById.get(adjacency.neighbourId) ?? '' })),
    }));
  }

  /** One wijk with its neighbours (shared border, distance) and its distance to every other wijk. */
  async findById(id: number, options: ListNeighbourhoodsOptions = {}): Promise<NeighbourhoodDetail | null> {
    const [rows, adjacencies, withPolygon] = await Promise.all([
      this.neighbourhoods.find({ select: WITHOUT_POLYGON, order: { id: 'ASC' } }),
      this.adjacencies.find({ where: { neighbourhoodId: id }, order: { neighbourId: 'ASC' } }),
      options.includePolygon
        ? this.neighbourhoods.findOne({ select: { id: true, polygon: true }, where: { id } })
        : null,
    ]);
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) return null;

    const distanceTo = new Map(
      rows
        .filter((other) => other.id !== id)
        .map((other) => [other.id, haversineDistanceM(centroidOf(row), centroidOf(other))]),
    );
    const nameById = new Map(rows.map((other) => [other.id, other.name]));
    return {
      ...toSummaryFields(row, withPolygon?.polygon),
      bbox: bboxOf(row),
      neighbours: adjacencies.map((adjacency) => ({
        id: adjacency.neighbourId,
        name: nameById.get(adjacency.neighbourId) ?? '',
        sharedBorderM: adjacency.sharedBorderM,
        distanceM: Math.round(distanceTo.get(adjacency.neighbourId) ?? 0),
      })),
      distances: [...distanceTo.entries()]
        .map(([otherId, distanceM]) => ({
          id: otherId,
          name: nameById.get(otherId) ?? '',
          distanceM: Math.round(distanceM),
        }))
        .sort((a, b) => a.distanceM - b.distanceM),
    };
  }

  /** The wijk containing the point, or null outside Ghent. A point exactly on a border gets the lower wijknr. */
  async locateByPoint(point: LatLon): Promise<LocatedNeighbourhood | null> {
    // The bounding boxes narrow 25 outlines down to the one or two that can contain the point.
    const candidates = await this.neighbourhoods.find({
      select: { id: true, name: true, district: true, centroidLat: true, centroidLon: true, polygon: true },
      where: {
        bboxMinLon: LessThanOrEqual(point.lon),
        bboxMaxLon: MoreThanOrEqual(point.lon),
        bboxMinLat: LessThanOrEqual(point.lat),
        bboxMaxLat: MoreThanOrEqual(point.lat),
      },
      order: { id: 'ASC' },
    });
    const match = candidates.find((candidate) => isPointInArea(point, candidate.polygon));
    return match ? toLocated(match) : null;
  }

  /** The wijken a postcode reaches (inferred), most covered first; null for a postcode outside Ghent. */
  async locateByPostcode(postcode: string): Promise<PostcodeMatch | null> {
    const [links, subMunicipalities] = await Promise.all([
      this.postcodeLinks.find({
        select: {
          postcode: true,
          neighbourhoodId: true,
          sectorCount: true,
          neighbourhood: {
            id: true,
            name: true,
            district: true,
            centroidLat: true,
            centroidLon: true,
            statisticalSectorCount: true,
          },
        },
        relations: { neighbourhood: true },
        where: { postcode },
      }),
      this.subMunicipalities.find({ select: { name: true }, where: { postcode }, order: { name: 'ASC' } }),
    ]);
    if (links.length === 0) return null;
    const neighbourhoods = links
      .filter(
        (link): link is PostcodeNeighbourhood & { neighbourhood: Neighbourhood } => link.neighbourhood !== undefined,
      )
      .map((link) => ({ link, coverage: link.sectorCount / link.neighbourhood.statisticalSectorCount }))
      .sort(
        (x, y) =>
          y.coverage - x.coverage ||
          y.link.sectorCount - x.link.sectorCount ||
          x.link.neighbourhoodId - y.link.neighbourhoodId,
      )
      .map(({ link, coverage }) => ({
        ...toLocated(link.neighbourhood),
        coverage: Math.round(coverage * 1000) / 1000,
      }));
    return { postcode, subMunicipalities: subMunicipalities.map((s) => s.name), neighbourhoods };
  }

  /** Metres between the two wijken's centroids; null when either id is unknown. */
  async distanceBetween(fromId: number, toId: number): Promise<number | null> {
    const rows = await this.neighbourhoods.find({
      select: { id: true, centroidLat: true, centroidLon: true },
      where: { id: In([fromId, toId]) },
    });
    const from = rows.find((row) => row.id === fromId);
    const to = rows.find((row) => row.id === toId);
    return from && to ? haversineDistanceM(centroidOf(from), centroidOf(to)) : null;
  }

  /** Metres from the point to the wijk's centroid; null when the id is unknown. */
  async distanceFromPoint(point: LatLon, neighbourhoodId: number): Promise<number | null> {
    const row = await this.neighbourhoods.findOne({
      select: { id: true, centroidLat: true, centroidLon: true },
      where: { id: neighbourhoodId },
    });
    return row ? haversineDistanceM(point, centroidOf(row)) : null;
  }
}
