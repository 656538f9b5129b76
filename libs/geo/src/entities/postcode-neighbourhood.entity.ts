import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Neighbourhood } from './neighbourhood.entity';

/**
 * A postcode that covers (part of) a wijk, inferred from the postcodes of the wijk's statistical sectors.
 * Postcodes and wijken do not nest: 9040 covers Sint-Amandsberg, Dampoort and one sector of Oostakker.
 */
@Entity({ name: 'postcode_neighbourhoods' })
export class PostcodeNeighbourhood {
  @PrimaryColumn({ type: 'text' })
  postcode: string;

  @PrimaryColumn({ name: 'neighbourhood_id', type: 'integer' })
  neighbourhoodId: number;

  /** Statistical sectors of the wijk that lie in this postcode. */
  @Column({ name: 'sector_count', type: 'integer' })
  sectorCount: number;

  @ManyToOne(() => Neighbourhood, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: Neighbourhood;
}
