import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NeighbourhoodAdjacency } from './entities/neighbourhood-adjacency.entity';
import { Neighbourhood } from './entities/neighbourhood.entity';
import { PostcodeNeighbourhood } from './entities/postcode-neighbourhood.entity';
import { SubMunicipality } from './entities/sub-municipality.entity';
import { NeighbourhoodsController } from './neighbourhoods/neighbourhoods.controller';
import { NeighbourhoodsService } from './neighbourhoods/neighbourhoods.service';

export const GEO_ENTITIES = [Neighbourhood, NeighbourhoodAdjacency, PostcodeNeighbourhood, SubMunicipality];

/** Ghent's wijken: lookup by id, point and postcode, neighbours and distances. */
@Module({
  imports: [TypeOrmModule.forFeature(GEO_ENTITIES)],
  controllers: [NeighbourhoodsController],
  providers: [NeighbourhoodsService],
  exports: [NeighbourhoodsService],
})
export class GeoModule {}
