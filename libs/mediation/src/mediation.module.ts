import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Werkpunt } from './werkpunten/werkpunt.entity';
import { WerkpuntenController } from './werkpunten/werkpunten.controller';
import { WerkpuntenService } from './werkpunten/werkpunten.service';

export const MEDIATION_ENTITIES = [Werkpunt];

/**
 * The mediators' records. So far the Werkpunten themselves; caseloads, ladder steps, notes and referrals
 * follow (issue 4, point 1). The wijk relation needs GeoModule's entities, which the apps load as well.
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEDIATION_ENTITIES)],
  controllers: [WerkpuntenController],
  providers: [WerkpuntenService],
  exports: [WerkpuntenService],
})
export class MediationModule {}
