import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { CandidateDto } from './dto/profile-view.dto';
import { ProfilesService } from './profiles.service';

@ApiTags('job-seeker profiles')
@ApiBearerAuth()
@Controller('api/v1/candidates/:accountId')
export class CandidatesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get()
  @Policy('read', 'AnonymisedMatch')
  @ApiOperation({
    summary: 'An anonymised candidate for employers: no name, contact, address, age or sensitive facts (audited)',
  })
  @ApiOkResponse({ type: CandidateDto })
  @ApiNotFoundResponse({ description: 'No such candidate, not visible to employers, or not looking right now' })
  get(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<CandidateDto> {
    return this.profiles.readCandidate(actor, accountId, requestId);
  }
}
