import {
  Neighbourhood,
  NeighbourhoodAdjacency,
  NeighbourhoodsService,
  PostcodeNeighbourhood,
  SubMunicipality,
} from '@werkpunt/geo';
import { DataSource } from 'typeorm';

/** The geo context's own lookups, outside Nest: a seed step has a data source, not an application. */
export function neighbourhoodsOf(dataSource: DataSource): NeighbourhoodsService {
  return new NeighbourhoodsService(
    dataSource.getRepository(Neighbourhood),
    dataSource.getRepository(NeighbourhoodAdjacency),
    dataSource.getRepository(PostcodeNeighbourhood),
    dataSource.getRepository(SubMunicipality),
  );
}
