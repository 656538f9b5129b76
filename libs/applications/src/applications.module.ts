import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, ConsentModule, PoliciesModule } from '@werkpunt/identity';
import { ApplicationStatusChange } from './application-status-change.entity';
import { Application } from './application.entity';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { DecisionReminderScheduler } from './reminder/decision-reminder';

export const APPLICATIONS_ENTITIES = [Application, ApplicationStatusChange];

/**
 * Applications of job seekers to vacancies: applied, proposed by a mediator or invited by an employer; the
 * lifecycle with its history; rejection always with feedback in plain language. Reads vacancies and profiles
 * through their contexts' public entities; contact details only with the person's consent to that employer.
 */
@Module({
  imports: [TypeOrmModule.forFeature(APPLICATIONS_ENTITIES), PoliciesModule, AuditModule, ConsentModule],
  controllers: [ApplicationsController],
  providers: [ApplicationsService, DecisionReminderScheduler],
})
export class ApplicationsModule {}
