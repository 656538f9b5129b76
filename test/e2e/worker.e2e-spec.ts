import { Injectable, INestApplicationContext, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import {
  heartbeatKey,
  JobHandler,
  JobHandlerRegistrationError,
  JobName,
  PlatformModule,
  REDIS_COMMAND_CONNECTION,
  WorkerRuntime,
} from '@werkpunt/platform';
import type { Redis } from 'ioredis';
import request from 'supertest';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { eventually } from '../utils/eventually';
import { createTestApp, testConfig } from '../utils/test-app';

@Injectable()
class SecondHeartbeatProcessor {
  @JobHandler(JobName.WorkerHeartbeat)
  beat() {
    return undefined;
  }
}

describe('worker', () => {
  const config = testConfig();

  it('refuses to start when a job has two processors, naming both', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [WorkerModule.forRoot(config)],
      providers: [SecondHeartbeatProcessor],
    }).compile();
    const app = moduleRef;
    const boot = app.init();
    await expect(boot).rejects.toThrow(JobHandlerRegistrationError);
    await expect(boot).rejects.toThrow(
      /platform\.worker-heartbeat" has 2 processors: .*SecondHeartbeatProcessor\.beat/,
    );
    await app.close().catch(() => undefined);
  });

  it('refuses to start when a declared job has no processor', async () => {
    @Module({ imports: [PlatformModule.forRoot(config), DiscoveryModule], providers: [WorkerRuntime] })
    class WorkerWithoutProcessors {}
    const moduleRef = await Test.createTestingModule({ imports: [WorkerWithoutProcessors] }).compile();
    const app = moduleRef;
    await expect(app.init()).rejects.toThrow(/job "platform\.worker-heartbeat" has no processor/);
    await app.close().catch(() => undefined);
  });

  describe('running', () => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
      worker = await moduleRef.init();
    });
    afterAll(() => worker.close());

    it('processes jobs from the queue: its heartbeat reaches Redis and the API reports it alive', async () => {
      const redis = worker.get<Redis>(REDIS_COMMAND_CONNECTION);
      // Fresh, not an earlier worker's beat left under the run's prefix by another test file.
      await eventually(async () => {
        const value = await redis.get(heartbeatKey(config));
        expect(value).not.toBeNull();
        expect(Date.now() - Date.parse(value as string)).toBeLessThan(30_000);
      });

      const api = await createTestApp();
      try {
        const res = await request(api.getHttpServer()).get('/health/ready');
        expect(res.body.details.worker).toMatchObject({ status: 'up', state: 'alive' });
      } finally {
        await api.close();
      }
    });
  });
});
