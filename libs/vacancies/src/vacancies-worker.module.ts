import { Module } from '@nestjs/common';
import { VacancyExpiry } from './expiry/vacancy-expiry';
import { VacanciesModule } from './vacancies.module';

/** The vacancies' job handlers, imported by apps/worker only (the api must not schedule or process jobs). */
@Module({
  imports: [VacanciesModule],
  providers: [VacancyExpiry],
})
export class VacanciesWorkerModule {}
