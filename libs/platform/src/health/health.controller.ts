import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../http/public.decorator';
import { DependencyIndicators } from './dependency-indicators';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: DependencyIndicators,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP' })
  @ApiOkResponse({ schema: { example: { status: 'ok' } } })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: PostgreSQL, Redis and the search engine answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; `checks` says which (problem+json)' })
  ready() {
    return this.health.check([
      () => this.indicators.postgres(),
      () => this.indicators.redisUp(),
      () => this.indicators.searchEngine(),
      () => this.indicators.worker(),
      ...this.indicators.contextDetails(),
    ]);
  }
}
