import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity.module';
import { InactivitySweep } from './inactivity';

/** Identity's job handlers, imported by apps/worker only (the api must not schedule or process jobs). */
@Module({
  imports: [IdentityModule],
  providers: [InactivitySweep],
})
export class IdentityWorkerModule {}
