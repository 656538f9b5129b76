import { distanceToSegment, PlanePoint, PlaneSegment } from './local-projection';

/**
 * Buckets segments into square cells so "is this point within d metres of the boundary?" only looks at the
 * few segments nearby instead of all of them (the largest wijk outlines have well over a thousand edges).
 */
export class SegmentGrid {
  private readonly cells = new Map<string, PlaneSegment[]>();

  constructor(
    segments: readonly PlaneSegment[],
    private readonly cellSizeM: number,
  ) {
    for (const segment of segments) {
      const [minX, maxX] = [Math.min(segment.from.x, segment.to.x), Math.max(segment.from.x, segment.to.x)];
      const [minY, maxY] = [Math.min(segment.from.y, segment.to.y), Math.max(segment.from.y, segment.to.y)];
      for (let cx = this.cell(minX); cx <= this.cell(maxX); cx++) {
        for (let cy = this.cell(minY); cy <= this.cell(maxY); cy++) {
          const key = `${cx}:${cy}`;
          const bucket = this.cells.get(key);
          if (bucket) bucket.push(segment);
          else this.cells.set(key, [segment]);
        }
      }
    }
  }

  /** Only exact for distances up to the cell size, which is all the callers ask. */
  isWithin(point: PlanePoint, distanceM: number): boolean {
    const cx = this.cell(point.x);
    const cy = this.cell(point.y);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const segment of this.cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          if (distanceToSegment(point, segment) <= distanceM) return true;
        }
      }
    }
    return false;
  }

  private cell(coordinate: number): number {
    return Math.floor(coordinate / this.cellSizeM);
  }
}
