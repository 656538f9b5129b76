import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Polygon } from 'geojson';
import { parseWijkenGeoJson } from '../reference-data/wijken-geojson';
import { BorderedArea, findSharedBorders, SharedBorder } from './shared-borders';

// Metres east/north of a point in Ghent, converted to [lon, lat].
const ORIGIN = { lat: 51.05, lon: 3.72 };
const METRES_PER_DEGREE_LAT = 111_195;
const METRES_PER_DEGREE_LON = METRES_PER_DEGREE_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180);
const at = (east: number, north: number): number[] => [
  ORIGIN.lon + east / METRES_PER_DEGREE_LON,
  ORIGIN.lat + north / METRES_PER_DEGREE_LAT,
];

/** A closed ring through the given [east, north] corners (in metres). */
function polygon(...corners: [number, number][]): Polygon {
  const ring = corners.map(([east, north]) => at(east, north));
  return { type: 'Polygon', coordinates: [[...ring, ring[0]]] };
}

function rectangle(west: number, south: number, east: number, north: number): Polygon {
  return polygon([west, south], [east, south], [east, north], [west, north]);
}

const areas = (...geometries: Polygon[]): BorderedArea[] => geometries.map((geometry, i) => ({ id: i + 1, geometry }));

describe('findSharedBorders on simple shapes', () => {
  it('finds the common side of two squares and measures it', () => {
    const [border] = findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(500, 0, 1000, 500)));
    expect(border).toMatchObject({ a: 1, b: 2 });
    // Within the tolerance of the other square's corner a little more counts, hence a few metres extra at most.
    expect(border.lengthM).toBeGreaterThanOrEqual(495);
    expect(border.lengthM).toBeLessThan(515);
  });

  it('ignores squares that only touch at a corner', () => {
    expect(findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(500, 500, 1000, 1000)))).toEqual([]);
  });

  it('ignores a common stretch shorter than the minimum', () => {
    expect(findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(500, 470, 1000, 970)))).toEqual([]);
  });

  it('measures only the part of a side that is shared', () => {
    const [border] = findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(500, 300, 1000, 800)));
    expect(border.lengthM).toBeGreaterThan(195);
    expect(border.lengthM).toBeLessThan(215);
  });

  it('bridges the small gaps and overlaps of separately digitised outlines', () => {
    expect(findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(503, 0, 1000, 500)))).toHaveLength(1);
    expect(findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(497, 0, 1000, 500)))).toHaveLength(1);
  });

  it('does not join areas a street apart', () => {
    expect(findSharedBorders(areas(rectangle(0, 0, 500, 500), rectangle(520, 0, 1000, 500)))).toEqual([]);
  });

  it('does not care where each outline puts its vertices along the common border', () => {
    const left = rectangle(0, 0, 500, 500);
    const right = polygon([500, 0], [1000, 0], [1000, 500], [500, 500], [500, 410], [500, 123], [500, 77]);
    const [border] = findSharedBorders(areas(left, right));
    expect(border.lengthM).toBeGreaterThanOrEqual(495);
    expect(border.lengthM).toBeLessThan(515);
  });

  it('does not count a zigzag along a straight border twice', () => {
    const straight = rectangle(0, 0, 500, 500);
    const zigzag = polygon([500, 0], [1000, 0], [1000, 500], [500, 500], [502, 375], [498, 250], [502, 125]);
    const [border] = findSharedBorders(areas(straight, zigzag));
    expect(border.lengthM).toBeLessThan(515);
  });
});

describe('findSharedBorders on the 25 wijken of Ghent', () => {
  let borders: SharedBorder[];
  const neighboursOf = (id: number): number[] =>
    borders
      .filter((b) => b.a === id || b.b === id)
      .map((b) => (b.a === id ? b.b : b.a))
      .sort((x, y) => x - y);
  const borderBetween = (x: number, y: number): SharedBorder | undefined =>
    borders.find((b) => b.a === Math.min(x, y) && b.b === Math.max(x, y));

  beforeAll(() => {
    const file = join(__dirname, '..', '..', '..', '..', 'seeds', 'data', 'geo', 'stadswijken-gent.geojson');
    borders = findSharedBorders(parseWijkenGeoJson(readFileSync(file, 'utf8')));
  });

  it('gives Ledeberg the Binnenstad, Moscou - Vogelhoek, Oud Gentbrugge, Nieuw Gent - UZ and Stationsbuurt-Noord', () => {
    expect(neighboursOf(18)).toEqual([1, 15, 17, 20, 22]);
  });

  it('gives Rabot - Blaisantvest Sluizeken, Brugse Poort, Elisabethbegijnhof, Wondelgem and Bloemekenswijk', () => {
    expect(neighboursOf(7)).toEqual([2, 4, 6, 8, 9]);
  });

  it('gives Dampoort Macharius - Heirnis, Muide, the Kanaaldorpen, Sint-Amandsberg, Gentbrugge and Oud Gentbrugge', () => {
    expect(neighboursOf(13)).toEqual([3, 10, 11, 14, 16, 17]);
  });

  it('leaves out wijken that only meet at a four-way corner', () => {
    expect(borderBetween(16, 18)).toBeUndefined(); // Gentbrugge – Ledeberg
    expect(borderBetween(15, 17)).toBeUndefined(); // Moscou - Vogelhoek – Oud Gentbrugge
    expect(borderBetween(2, 13)).toBeUndefined(); // Sluizeken - Tolhuis - Ham – Dampoort
  });

  it('measures borders at the right scale', () => {
    expect(borderBetween(17, 18)?.lengthM).toBeGreaterThan(1400); // Oud Gentbrugge – Ledeberg, about 1.5 km
    expect(borderBetween(17, 18)?.lengthM).toBeLessThan(1700);
    expect(borderBetween(11, 12)?.lengthM).toBeGreaterThan(7000); // the Kanaaldorpen – Oostakker, along the port
  });

  it('leaves no wijk isolated', () => {
    for (let id = 1; id <= 25; id++) expect(neighboursOf(id).length).toBeGreaterThanOrEqual(2);
  });
});
