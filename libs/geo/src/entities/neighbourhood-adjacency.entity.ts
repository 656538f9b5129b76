import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Neighbourhood } from './neighbourhood.entity';

/** Two wijken that share a border. Stored in both directions so "neighbours of X" is one indexed lookup. */
@Entity({ name: 'neighbourhood_adjacencies' })
@Check('CHK_neighbourhood_adjacencies_not_self', '"neighbourhood_id" <> "neighbour_id"')
export class NeighbourhoodAdjacency {
  @PrimaryColumn({ name: 'neighbourhood_id', type: 'integer' })
  neighbourhoodId: number;

  @PrimaryColumn({ name: 'neighbour_id', type: 'integer' })
  neighbourId: number;

  /** Approximate length of the common boundary, computed from the polygons. */
  @Column({ name: 'shared_border_m', type: 'integer' })
  sharedBorderM: number;

  @ManyToOne(() => Neighbourhood, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbourhood_id' })
  neighbourhood?: Neighbourhood;

  @ManyToOne(() => Neighbourhood, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'neighbour_id' })
  neighbour?: Neighbourhood;
}
