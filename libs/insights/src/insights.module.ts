import { Module } from '@nestjs/common';
import { PoliciesModule } from '@werkpunt/identity';
import { InsightsController } from './insights.controller';
import { TensionService } from './tension/tension.service';
import { WerkpuntStaffService } from './werkpunten/werkpunt-staff.service';

/**
 * The city's read-only figures: tension per occupation group and wijk beside the 2013 policy note, and the Werkpunten
 * with their staff. It owns no tables; it reads the other contexts' tables with aggregate queries only.
 */
@Module({
  imports: [PoliciesModule],
  controllers: [InsightsController],
  providers: [TensionService, WerkpuntStaffService],
})
export class InsightsModule {}
