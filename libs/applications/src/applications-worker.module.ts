import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@werkpunt/identity';
import { APPLICATIONS_ENTITIES } from './applications.module';
import { DecisionReminder } from './reminder/decision-reminder';

/** The applications' job handlers, imported by apps/worker only. */
@Module({
  imports: [TypeOrmModule.forFeature(APPLICATIONS_ENTITIES), IdentityModule],
  providers: [DecisionReminder],
})
export class ApplicationsWorkerModule {}
