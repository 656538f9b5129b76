import { CursorPage, timestampKeysetPage } from '@werkpunt/platform';
import { EntityManager } from 'typeorm';
import { Application } from './application.entity';
import { ApplicationStatus } from './domain/application-vocabulary';
import { APPLICATION_PAGE_SIZE, ApplicationListQueryDto } from './dto/application-list.dto';

/** Which applications a list is about, before the caller's filters. */
export interface ApplicationScope {
  jobSeekerAccountId?: string;
  vacancyId?: string;
  /** The statuses the reader may see at all (the employer never sees unaccepted proposals). */
  statuses?: readonly ApplicationStatus[];
}

/** One page of applications by creation time (the id breaks ties), newest or oldest first. */
export function applicationPage(
  manager: EntityManager,
  scope: ApplicationScope,
  query: ApplicationListQueryDto,
  order: 'ASC' | 'DESC',
): Promise<CursorPage<Application>> {
  const rows = manager.createQueryBuilder(Application, 'a').where('true');
  if (scope.jobSeekerAccountId)
    rows.andWhere('a.job_seeker_account_id = :person', { person: scope.jobSeekerAccountId });
  if (scope.vacancyId) rows.andWhere('a.vacancy_id = :scopeVacancy', { scopeVacancy: scope.vacancyId });
  if (scope.statuses) rows.andWhere('a.status IN (:...visible)', { visible: [...scope.statuses] });
  if (query.status) rows.andWhere('a.status = :status', { status: query.status });
  if (query.vacancyId) rows.andWhere('a.vacancy_id = :vacancyId', { vacancyId: query.vacancyId });
  const page = { cursor: query.cursor, limit: query.limit ?? APPLICATION_PAGE_SIZE };
  return timestampKeysetPage(rows, 'a', 'created_at', order, page, (application) => application);
}
