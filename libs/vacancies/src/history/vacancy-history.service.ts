import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, PolicyService, Role, subjectRef } from '@werkpunt/identity';
import { DataSource } from 'typeorm';
import { VacancyStatus } from '../domain/vacancy-vocabulary';
import { VacancyStatusChange } from '../vacancy-status-change.entity';
import { Vacancy } from '../vacancy.entity';
import { VacancyStatusStepDto } from './vacancy-history.dto';

const NOT_FOUND = 'There is no vacancy here.';

/**
 * A vacancy's lifecycle, oldest step first: for the organisation's recruiters, admins, and mediators (who
 * follow the vacancies they propose clients for; a draft is not theirs to see).
 */
@Injectable()
export class VacancyHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async statusHistory(actor: Actor, vacancyId: string): Promise<VacancyStatusStepDto[]> {
    if (actor.role === Role.JobSeeker) throw new ForbiddenException('Your role does not give access to this.');
    const vacancy = await this.dataSource.manager.findOneBy(Vacancy, { id: vacancyId });
    if (!vacancy) throw new NotFoundException(NOT_FOUND);
    const ofTheOrganisation = actor.role === Role.Recruiter || actor.role === Role.Admin;
    if (ofTheOrganisation) {
      const ref = subjectRef('Vacancy', {
        organisationId: vacancy.organisationId,
        published: vacancy.status === VacancyStatus.Published,
      });
      this.policies.ensureCan(actor, 'update', ref, NOT_FOUND);
    } else if (vacancy.status === VacancyStatus.Draft) {
      throw new NotFoundException(NOT_FOUND);
    }
    const steps = await this.dataSource.manager.find(VacancyStatusChange, {
      where: { vacancyId },
      order: { at: 'ASC', id: 'ASC' },
    });
    return steps.map((step) => ({
      fromStatus: step.fromStatus,
      toStatus: step.toStatus,
      actorRole: step.actorRole,
      // A mediator needs the steps, not which of the employer's people took them.
      actorAccountId: ofTheOrganisation ? step.actorAccountId : null,
      reason: step.reason,
      at: step.at.toISOString(),
    }));
  }
}
