import { MetricsController } from '../observability/observability';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { DependencyIndicators } from './dependency-indicators';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json', logger: false })],
  controllers: [HealthController, MetricsController],
  providers: [DependencyIndicators],
})
export class HealthModule {}
