// Which wijk contains a point. NeighbourhoodsService.locateByPoint reads PostgreSQL on every call: a bounding-box
// filter in SQL picks the one or two candidate wijken, then isPointInArea (turf) tests their outlines. Two benchmarks,
// each comparing like with like:
//   neighbourhood-locate            in memory: bbox prefilter + isPointInArea vs turf on all 25 outlines, loaded once
//   neighbourhood-locate-service    end to end through PostgreSQL: the service vs loading all 25 outlines per call
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point as turfPoint } from '@turf/helpers';
import { DataSource, Repository } from 'typeorm';
import { isPointInArea, LatLon, Neighbourhood, NeighbourhoodsService } from '@werkpunt/geo';
import { BenchEnv, defineBenchmark } from './benchmark';
import { mulberry32 } from './random';

const POINT_COUNT = 500;
const POINT_SEED = 9000;
/** How far around Ghent's bounding box the points may fall, as a fraction of its size on each side. */
const MARGIN = 0.1;

interface GeoContext {
  repository: Repository<Neighbourhood>;
  areas: Neighbourhood[];
  points: LatLon[];
  vertexCount: number;
}

/**
 * Uniform points over Ghent's bounding box widened by MARGIN. Ghent is far from rectangular, so only about a quarter
 * fall in a wijk; the rest are outside the city, where the bounding boxes turn most lookups away at once.
 */
function pointsAround(areas: readonly Neighbourhood[], count: number, seed: number): LatLon[] {
  const minLon = Math.min(...areas.map((a) => a.bboxMinLon));
  const maxLon = Math.max(...areas.map((a) => a.bboxMaxLon));
  const minLat = Math.min(...areas.map((a) => a.bboxMinLat));
  const maxLat = Math.max(...areas.map((a) => a.bboxMaxLat));
  const [dLon, dLat] = [(maxLon - minLon) * MARGIN, (maxLat - minLat) * MARGIN];
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => ({
    lat: minLat - dLat + random() * (maxLat - minLat + 2 * dLat),
    lon: minLon - dLon + random() * (maxLon - minLon + 2 * dLon),
  }));
}

async function loadGeoContext(env: BenchEnv): Promise<GeoContext> {
  const app = await env.app();
  const repository = app.get(DataSource).getRepository(Neighbourhood);
  const areas = await repository.find({ order: { id: 'ASC' } });
  if (areas.length === 0) throw new Error('neighbourhoods is empty: run the reference seed first (npm run seed)');
  const vertexCount = areas.reduce(
    (sum, a) =>
      sum + (a.polygon.type === 'Polygon' ? a.polygon.coordinates.flat() : a.polygon.coordinates.flat(2)).length,
    0,
  );
  return { repository, areas, points: pointsAround(areas, POINT_COUNT, POINT_SEED), vertexCount };
}

// The service's strategy in memory: the bounding-box filter it does in SQL, then its domain function on what is left.
function locateWithBoundingBoxes(areas: readonly Neighbourhood[], p: LatLon): Neighbourhood | undefined {
  return areas.find(
    (a) =>
      p.lon >= a.bboxMinLon &&
      p.lon <= a.bboxMaxLon &&
      p.lat >= a.bboxMinLat &&
      p.lat <= a.bboxMaxLat &&
      isPointInArea(p, a.polygon),
  );
}

// The naive loop: every outline through turf, in wijknr order (so borders resolve the same way as the service).
function locateByTestingEveryArea(areas: readonly Neighbourhood[], p: LatLon): Neighbourhood | undefined {
  const position = turfPoint([p.lon, p.lat]);
  return areas.find((a) => booleanPointInPolygon(position, a.polygon));
}

const SPLIT_REPEATS = 20;

/** Mean time of one call over the points, each repeated: for the inside/outside split in the notes. */
function meanMs(points: readonly LatLon[], locate: (p: LatLon) => unknown): number {
  if (points.length === 0) return 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < SPLIT_REPEATS; r++) for (const p of points) locate(p);
  return Number(process.hrtime.bigint() - started) / 1e6 / (SPLIT_REPEATS * points.length);
}

function microseconds(ms: number): string {
  return (ms * 1000).toFixed(ms < 0.01 ? 2 : 1);
}

function agreement(subjectIds: (number | undefined)[], baselineIds: (number | undefined)[]): string {
  const same = subjectIds.filter((id, i) => id === baselineIds[i]).length;
  const outside = subjectIds.filter((id) => id === undefined).length;
  return (
    `${subjectIds.length} points (seed ${POINT_SEED}) over Ghent's bounding box +${MARGIN * 100}% each side: ` +
    `${subjectIds.length - outside} in a wijk, ${outside} outside; subject and baseline agree on ${same}/${subjectIds.length}`
  );
}

export const neighbourhoodLocate = defineBenchmark<GeoContext, LatLon>({
  name: 'neighbourhood-locate',
  description: 'in memory: bbox prefilter + isPointInArea vs turf on every wijk outline',
  target: { metric: 'p95', atMost: 0.025 },
  limits: { warmup: 500, min: 500, max: 5_000, maxTimeMs: 4_000 },
  setup: loadGeoContext,
  inputs: (context) => context.points,
  subject: {
    label: 'bbox filter + isPointInArea (@werkpunt/geo)',
    run: (context, p) => locateWithBoundingBoxes(context.areas, p),
  },
  baseline: {
    label: 'booleanPointInPolygon on all 25 outlines',
    run: (context, p) => locateByTestingEveryArea(context.areas, p),
  },
  notes(context) {
    const subjectIds = context.points.map((p) => locateWithBoundingBoxes(context.areas, p)?.id);
    const baselineIds = context.points.map((p) => locateByTestingEveryArea(context.areas, p)?.id);
    const inside = context.points.filter((_, i) => subjectIds[i] !== undefined);
    const outside = context.points.filter((_, i) => subjectIds[i] === undefined);
    const split = (points: LatLon[]) =>
      `subject ${microseconds(meanMs(points, (p) => locateWithBoundingBoxes(context.areas, p)))} µs, ` +
      `baseline ${microseconds(meanMs(points, (p) => locateByTestingEveryArea(context.areas, p)))} µs`;
    return [
      agreement(subjectIds, baselineIds),
      `${context.areas.length} outlines with ${context.vertexCount.toLocaleString('en-US')} vertices, loaded once`,
      `mean per point in a wijk: ${split(inside)}; outside Ghent: ${split(outside)}`,
    ];
  },
});

interface ServiceContext extends GeoContext {
  service: NeighbourhoodsService;
}

// What the service would do without the bounding-box columns: fetch every outline, test them in turn.
async function locateLoadingEveryArea(repository: Repository<Neighbourhood>, p: LatLon): Promise<number | undefined> {
  const areas = await repository.find({
    select: { id: true, name: true, district: true, centroidLat: true, centroidLon: true, polygon: true },
    order: { id: 'ASC' },
  });
  return areas.find((a) => isPointInArea(p, a.polygon))?.id;
}

export const neighbourhoodLocateService = defineBenchmark<ServiceContext, LatLon>({
  name: 'neighbourhood-locate-service',
  description: 'end to end: NeighbourhoodsService.locateByPoint vs reading all 25 outlines per call',
  target: { metric: 'p95', atMost: 15 },
  limits: { warmup: 50, min: 200, max: 1_000, maxTimeMs: 5_000 },
  setup: async (env) => ({ ...(await loadGeoContext(env)), service: (await env.app()).get(NeighbourhoodsService) }),
  inputs: (context) => context.points,
  subject: {
    label: 'NeighbourhoodsService.locateByPoint (bbox in SQL)',
    run: (context, p) => context.service.locateByPoint(p),
  },
  baseline: {
    label: 'SELECT all outlines + isPointInArea each',
    run: (context, p) => locateLoadingEveryArea(context.repository, p),
  },
  async notes(context) {
    const subjectIds: (number | undefined)[] = [];
    const baselineIds: (number | undefined)[] = [];
    for (const p of context.points) {
      subjectIds.push((await context.service.locateByPoint(p))?.id);
      baselineIds.push(await locateLoadingEveryArea(context.repository, p));
    }
    return [
      agreement(subjectIds, baselineIds),
      'both read PostgreSQL on every call (the service keeps no cache), so this includes a round trip per lookup',
    ];
  },
});
