import { Injectable } from '@nestjs/common';
import { NeighbourhoodsService, NeighbourhoodSummary } from '@werkpunt/geo';
import { MatchProximity } from '@werkpunt/matching';

/**
 * Ghent's 25 wijken with their centres and neighbours, loaded once: reference data that only changes with a
 * new seed, asked for on every match.
 */
@Injectable()
export class WijkMap {
  private loading: Promise<Map<number, NeighbourhoodSummary>> | null = null;

  constructor(private readonly neighbourhoods: NeighbourhoodsService) {}

  async get(id: number): Promise<NeighbourhoodSummary | null> {
    return (await this.all()).get(id) ?? null;
  }

  async all(): Promise<Map<number, NeighbourhoodSummary>> {
    this.loading ??= this.neighbourhoods.list().then((list) => new Map(list.map((n) => [n.id, n])));
    try {
      return await this.loading;
    } catch (error) {
      this.loading = null; // a failed load (database down) is retried on the next request
      throw error;
    }
  }

  /** How the job's place relates to the home wijk; distance from the home wijk's centre. */
  proximity(
    home: NeighbourhoodSummary,
    jobNeighbourhoodId: number | null,
    distanceMeters: number | null,
    names: Map<number, NeighbourhoodSummary>,
  ): MatchProximity {
    return {
      distanceKm: distanceMeters === null ? null : distanceMeters / 1000,
      sameNeighbourhood: jobNeighbourhoodId === home.id,
      neighbouringNeighbourhood:
        jobNeighbourhoodId !== null && home.neighbours.some((neighbour) => neighbour.id === jobNeighbourhoodId),
      jobNeighbourhoodName: jobNeighbourhoodId === null ? null : (names.get(jobNeighbourhoodId)?.name ?? null),
    };
  }
}
