import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AreaGeometry } from '../domain/lat-lon';

/** One of Ghent's 25 official wijken (Stad Gent, dataset "stadswijken-gent"). */
@Entity({ name: 'neighbourhoods' })
export class Neighbourhood {
  /** The city's wijknr (1–25): stable, so other contexts can refer to it. */
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', unique: true })
  name: string;

  /** Stadsdeel, e.g. "Oost". */
  @Column({ type: 'text' })
  district: string;

  @Column({ name: 'centroid_lat', type: 'double precision' })
  centroidLat: number;

  @Column({ name: 'centroid_lon', type: 'double precision' })
  centroidLon: number;

  @Column({ name: 'area_km2', type: 'double precision' })
  areaKm2: number;

  // Four plain columns rather than one value, so "which wijken could contain this point" is a cheap SQL filter.
  @Column({ name: 'bbox_min_lon', type: 'double precision' })
  bboxMinLon: number;

  @Column({ name: 'bbox_min_lat', type: 'double precision' })
  bboxMinLat: number;

  @Column({ name: 'bbox_max_lon', type: 'double precision' })
  bboxMaxLon: number;

  @Column({ name: 'bbox_max_lat', type: 'double precision' })
  bboxMaxLat: number;

  /** GeoJSON geometry, WGS84. */
  @Column({ type: 'jsonb' })
  polygon: AreaGeometry;

  /** Inferred from the postcodes of the wijk's statistical sectors; not an official list. */
  @Column({ type: 'text', array: true })
  postcodes: string[];

  @Column({ name: 'primary_postcode', type: 'text' })
  primaryPostcode: string;

  /** Needed to tell how much of the wijk a postcode covers. */
  @Column({ name: 'statistical_sector_count', type: 'integer' })
  statisticalSectorCount: number;
}
