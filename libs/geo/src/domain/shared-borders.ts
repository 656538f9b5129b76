import { AreaGeometry } from './lat-lon';
import { boundarySegments, createLocalProjection, PlaneSegment, segmentLength } from './local-projection';
import { SegmentGrid } from './segment-grid';

export interface BorderedArea {
  id: number;
  geometry: AreaGeometry;
}

export interface SharedBorder {
  /** The smaller id of the pair. */
  a: number;
  b: number;
  /** Approximate length of the common boundary, in metres. */
  lengthM: number;
}

export interface SharedBorderOptions {
  /** Boundaries closer than this count as shared: absorbs digitising gaps and overlaps between outlines. */
  toleranceM: number;
  /** Shorter common stretches are corner touches or slivers, not real neighbours. */
  minSharedLengthM: number;
  /** Boundaries are checked in pieces of at most this length. */
  sampleStepM: number;
}

export const DEFAULT_SHARED_BORDER_OPTIONS: SharedBorderOptions = {
  toleranceM: 5,
  minSharedLengthM: 50,
  sampleStepM: 2,
};

interface PreparedArea {
  id: number;
  segments: PlaneSegment[];
  grid: SegmentGrid;
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

/**
 * Pairs of areas whose boundaries run together, with the length they share. Each boundary is walked in small
 * pieces and a piece counts when it lies within the tolerance of the other boundary; the shared length is the
 * smaller of the two walks, so a boundary that zigzags along the other is not counted twice.
 */
export function findSharedBorders(
  areas: readonly BorderedArea[],
  options: SharedBorderOptions = DEFAULT_SHARED_BORDER_OPTIONS,
): SharedBorder[] {
  const prepared = prepareAreas(areas, options);
  const borders: SharedBorder[] = [];
  for (let i = 0; i < prepared.length; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const [first, second] = [prepared[i], prepared[j]];
      if (!boundsMeet(first, second, options.toleranceM)) continue;
      const lengthM = Math.min(
        lengthAlongOtherBoundary(first, second, options),
        lengthAlongOtherBoundary(second, first, options),
      );
      if (lengthM >= options.minSharedLengthM) {
        borders.push({ a: Math.min(first.id, second.id), b: Math.max(first.id, second.id), lengthM });
      }
    }
  }
  return borders.sort((x, y) => x.a - y.a || x.b - y.b);
}

function prepareAreas(areas: readonly BorderedArea[], options: SharedBorderOptions): PreparedArea[] {
  const latitudes = areas.flatMap((area) => allPositions(area.geometry).map((position) => position[1]));
  const project = createLocalProjection((Math.min(...latitudes) + Math.max(...latitudes)) / 2);
  return areas.map((area) => {
    const segments = boundarySegments(area.geometry, project);
    const xs = segments.flatMap((s) => [s.from.x, s.to.x]);
    const ys = segments.flatMap((s) => [s.from.y, s.to.y]);
    return {
      id: area.id,
      segments,
      // Cells a few times the tolerance keep buckets small while a 3×3 neighbourhood still covers the tolerance.
      grid: new SegmentGrid(segments, Math.max(options.toleranceM * 4, 20)),
      bounds: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) },
    };
  });
}

function allPositions(geometry: AreaGeometry): number[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

function boundsMeet(first: PreparedArea, second: PreparedArea, marginM: number): boolean {
  return (
    first.bounds.minX - marginM <= second.bounds.maxX &&
    second.bounds.minX - marginM <= first.bounds.maxX &&
    first.bounds.minY - marginM <= second.bounds.maxY &&
    second.bounds.minY - marginM <= first.bounds.maxY
  );
}

/** How much of `walked`'s boundary lies within the tolerance of `other`'s boundary. */
function lengthAlongOtherBoundary(walked: PreparedArea, other: PreparedArea, options: SharedBorderOptions): number {
  let shared = 0;
  for (const segment of walked.segments) {
    const length = segmentLength(segment);
    const pieces = Math.max(1, Math.ceil(length / options.sampleStepM));
    const pieceLength = length / pieces;
    for (let k = 0; k < pieces; k++) {
      const t = (k + 0.5) / pieces;
      const midpoint = {
        x: segment.from.x + t * (segment.to.x - segment.from.x),
        y: segment.from.y + t * (segment.to.y - segment.from.y),
      };
      if (other.grid.isWithin(midpoint, options.toleranceM)) shared += pieceLength;
    }
  }
  return shared;
}
