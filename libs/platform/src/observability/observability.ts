import { Controller, Get, Global, Header, Injectable, Module } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../http/public.decorator';

/** A readiness detail a context adds (e.g. the search index lag): informational, never fails readiness. */
export type ReadinessProbe = () => Promise<Record<string, unknown>>;

/**
 * Where contexts register what operators should see: readiness details and Prometheus gauges. One
 * registry per application instance (not prom-client's global one), so several apps in one test process
 * never collide on metric names.
 */
@Injectable()
export class Observability {
  readonly metrics = new Registry();
  private readonly probes = new Map<string, ReadinessProbe>();

  addReadinessProbe(name: string, probe: ReadinessProbe): void {
    this.probes.set(name, probe);
  }

  readinessProbes(): ReadonlyMap<string, ReadinessProbe> {
    return this.probes;
  }
}

@ApiTags('health')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly observability: Observability) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Prometheus metrics (index lag, outbox backlog); no personal data' })
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  metricsText(): Promise<string> {
    return this.observability.metrics.metrics();
  }
}

@Global()
@Module({ providers: [Observability], exports: [Observability] })
export class ObservabilityModule {}
