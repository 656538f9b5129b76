import { BadRequestException } from '@nestjs/common';
import { CursorPage, decodeCursor, toCursorPage } from '@werkpunt/platform';
import { isUUID } from 'class-validator';
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

// The sort key is created_at as PostgreSQL prints it, to the microsecond, so rows of one millisecond are
// neither skipped nor repeated across pages.
const SORT_KEY = 'page_sort_key';

/** One page of applications by creation time (the id breaks ties), newest or oldest first. */
export async function applicationPage(
  manager: EntityManager,
  scope: ApplicationScope,
  query: ApplicationListQueryDto,
  order: 'ASC' | 'DESC',
): Promise<CursorPage<Application>> {
  const limit = query.limit ?? APPLICATION_PAGE_SIZE;
  const rows = manager
    .createQueryBuilder(Application, 'a')
    .addSelect(`to_char(a.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, SORT_KEY)
    .where('true');
  if (scope.jobSeekerAccountId)
    rows.andWhere('a.job_seeker_account_id = :person', { person: scope.jobSeekerAccountId });
  if (scope.vacancyId) rows.andWhere('a.vacancy_id = :scopeVacancy', { scopeVacancy: scope.vacancyId });
  if (scope.statuses) rows.andWhere('a.status IN (:...visible)', { visible: [...scope.statuses] });
  if (query.status) rows.andWhere('a.status = :status', { status: query.status });
  if (query.vacancyId) rows.andWhere('a.vacancy_id = :vacancyId', { vacancyId: query.vacancyId });
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    if (Number.isNaN(Date.parse(after.sortKey)) || !isUUID(after.id)) {
      throw new BadRequestException('The cursor is not one this API handed out; start again without it.');
    }
    rows.andWhere(
      `(a.created_at, a.id) ${order === 'ASC' ? '>' : '<'} (CAST(:sortKey AS timestamptz), CAST(:afterId AS uuid))`,
      {
        sortKey: after.sortKey,
        afterId: after.id,
      },
    );
  }
  const { entities, raw } = await rows
    .orderBy('a.created_at', order)
    .addOrderBy('a.id', order)
    .limit(limit + 1)
    .getRawAndEntities<Record<typeof SORT_KEY, string>>();
  return toCursorPage(
    entities.map((application, index) => ({ application, sortKey: raw[index][SORT_KEY] })),
    limit,
    (row) => ({ sortKey: row.sortKey, id: row.application.id }),
    (row) => row.application,
  );
}
