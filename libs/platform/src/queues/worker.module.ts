import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { WorkerHeartbeatProcessor } from './worker-heartbeat';
import { WorkerRuntime } from './worker-runtime';

/** Imported by apps/worker only: runs the processors of every context. */
@Module({
  imports: [DiscoveryModule],
  providers: [WorkerRuntime, WorkerHeartbeatProcessor],
})
export class WorkerRuntimeModule {}
