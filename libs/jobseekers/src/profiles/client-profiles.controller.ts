import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy, RequestId } from '@werkpunt/identity';
import { ProfileViewDto } from './dto/profile-view.dto';
import { ClientProfileDto, ClientProfilePatchDto } from './dto/profile.dto';
import { ProfilesService } from './profiles.service';

/** Mediators of the client's Werkpunt (or of a Werkpunt the client shared their file with). */
@ApiTags('job-seeker profiles')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client, or not in your caseload (the two look the same)' })
@Controller('api/v1/clients/:accountId/profile')
export class ClientProfilesController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'A client’s profile (the read is written to the audit log, purpose caseload)' })
  @ApiOkResponse({ type: ProfileViewDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<ProfileViewDto> {
    return this.profiles.readForClient(actor, accountId, requestId);
  }

  @Put()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({ summary: 'Fill in or replace a client’s profile with the client present (audited)' })
  @ApiOkResponse({ type: ProfileViewDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, unknown references, or clientPresent is not true' })
  @ApiForbiddenResponse({ description: 'Only mediators change a profile on a client’s behalf' })
  put(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: ClientProfileDto,
    @RequestId() requestId: string | null,
  ): Promise<ProfileViewDto> {
    return this.profiles.replaceForClient(actor, accountId, body, requestId);
  }

  @Patch()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({ summary: 'Change part of a client’s profile with the client present (audited)' })
  @ApiOkResponse({ type: ProfileViewDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, unknown references, or clientPresent is not true' })
  @ApiForbiddenResponse({ description: 'Only mediators change a profile on a client’s behalf' })
  @ApiConflictResponse({ description: 'Others kept changing the profile during the change; read it again and retry' })
  patch(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Body() body: ClientProfilePatchDto,
    @RequestId() requestId: string | null,
  ): Promise<ProfileViewDto> {
    return this.profiles.patchForClient(actor, accountId, body, requestId);
  }
}
