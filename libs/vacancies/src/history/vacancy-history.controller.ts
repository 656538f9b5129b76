import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy } from '@werkpunt/identity';
import { VacancyStatusStepDto } from './vacancy-history.dto';
import { VacancyHistoryService } from './vacancy-history.service';

@ApiTags('vacancies')
@ApiBearerAuth()
@Controller('api/v1/vacancies/:id/status-history')
export class VacancyHistoryController {
  constructor(private readonly history: VacancyHistoryService) {}

  @Get()
  // Every signed-in role reads published vacancies; the service narrows this to the organisation, mediators, admins.
  @Policy('read', 'Vacancy')
  @ApiOperation({
    summary: 'The vacancy’s status steps, oldest first: from, to, role, reason, when',
    description: 'For the organisation’s recruiters and admins (with who took each step) and mediators (not drafts).',
  })
  @ApiOkResponse({ type: [VacancyStatusStepDto] })
  @ApiForbiddenResponse({ description: 'Job seekers' })
  @ApiNotFoundResponse({ description: 'No such vacancy, another organisation’s, or a draft for a mediator' })
  statusHistory(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VacancyStatusStepDto[]> {
    return this.history.statusHistory(actor, id);
  }
}
