// Draws Ghent's wijken from their GeoJSON outlines without a map library: an equirectangular projection around the
// city's middle latitude, which at the scale of one city keeps shapes and distances true to within a fraction of a
// per cent, scaled into an SVG viewBox.

export type Position = number[];
export interface Geometry {
  type: string;
  coordinates: unknown;
}

export interface Projection {
  width: number;
  height: number;
  project(lon: number, lat: number): [number, number];
}

/** The outer rings and holes of a Polygon or MultiPolygon, as lists of [lon, lat]; anything else has none. */
export function ringsOf(geometry: Geometry | null | undefined): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates as Position[][];
  if (geometry.type === 'MultiPolygon') return (geometry.coordinates as Position[][][]).flat();
  return [];
}

/** A projection that fits every ring into `width` units wide, north up, keeping the aspect ratio. */
export function fitProjection(rings: Position[][], width: number, margin = 4): Projection {
  const points = rings.flat();
  const lons = points.map((point) => point[0]);
  const lats = points.map((point) => point[1]);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  // A degree of longitude is shorter than a degree of latitude by the cosine of the latitude.
  const xFactor = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = (width - 2 * margin) / ((maxLon - minLon) * xFactor);
  const height = Math.ceil((maxLat - minLat) * scale + 2 * margin);
  return {
    width,
    height,
    project: (lon, lat) => [margin + (lon - minLon) * xFactor * scale, margin + (maxLat - lat) * scale],
  };
}

/** An SVG path for the rings (draw it with fill-rule evenodd so holes stay open). */
export function pathOf(rings: Position[][], projection: Projection): string {
  return rings
    .map(
      (ring) =>
        ring
          .map((point, index) => {
            const [x, y] = projection.project(point[0], point[1]);
            return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
          })
          .join('') + 'Z',
    )
    .join('');
}

/** Tension bands for the map's colours, from a tight market (few job seekers per vacancy) to a loose one. */
export const TENSION_BANDS = [2, 5, 10, 20] as const;

export type MapBand = 'band0' | 'band1' | 'band2' | 'band3' | 'band4' | 'noVacancy' | 'suppressed';

export function bandOf(cell: { tension: number | null; suppressed: boolean }): MapBand {
  if (cell.suppressed) return 'suppressed';
  if (cell.tension === null) return 'noVacancy';
  const index = TENSION_BANDS.findIndex((limit) => cell.tension! < limit);
  return `band${index === -1 ? TENSION_BANDS.length : index}` as MapBand;
}
