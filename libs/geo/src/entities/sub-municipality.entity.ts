import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A deelgemeente (the former municipalities merged into Ghent) with its postcode: what people write on a letter. */
@Entity({ name: 'sub_municipalities' })
export class SubMunicipality {
  /** NIS subdivision code, e.g. "44021G" for Ledeberg. */
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index('IDX_sub_municipalities_postcode')
  @Column({ type: 'text' })
  postcode: string;

  /** GeoNames place point (CC BY 4.0), or a sector centroid where GeoNames has none. */
  @Column({ type: 'double precision' })
  lat: number;

  @Column({ type: 'double precision' })
  lon: number;
}
