import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, Policy } from '@werkpunt/identity';
import { ProfileViewDto } from './dto/profile-view.dto';
import { ProfileDto, ProfilePatchDto } from './dto/profile.dto';
import { ProfilesService } from './profiles.service';

// Answers to signed-in requests carry Cache-Control: no-store (identity's global NoStoreInterceptor).
@ApiTags('job-seeker profiles')
@ApiBearerAuth()
@Controller('api/v1/me/profile')
export class MyProfileController {
  constructor(private readonly profiles: ProfilesService) {}

  @Get()
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'My job-seeker profile, with my age band and the programmes I can join today' })
  @ApiOkResponse({ type: ProfileViewDto })
  @ApiNotFoundResponse({ description: 'No profile filled in yet (or not a job seeker)' })
  get(@CurrentActor() actor: Actor): Promise<ProfileViewDto> {
    return this.profiles.readOwn(actor);
  }

  @Put()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({ summary: 'Fill in or replace my profile (the whole profile; the version goes up by one)' })
  @ApiOkResponse({ type: ProfileViewDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or occupations, skills or wijk that do not exist' })
  @ApiNotFoundResponse({ description: 'Not a job seeker' })
  put(@CurrentActor() actor: Actor, @Body() body: ProfileDto): Promise<ProfileViewDto> {
    return this.profiles.replaceOwn(actor, body);
  }

  @Patch()
  @Policy('update', 'JobSeekerFile')
  @ApiOperation({
    summary: 'Change part of my profile: the fields given replace mine (a group such as mobility as a whole)',
  })
  @ApiOkResponse({ type: ProfileViewDto })
  @ApiBadRequestResponse({ description: 'Invalid fields, or occupations, skills or wijk that do not exist' })
  @ApiNotFoundResponse({ description: 'No profile filled in yet (use PUT first), or not a job seeker' })
  @ApiConflictResponse({ description: 'Others kept changing the profile during the change; read it again and retry' })
  patch(@CurrentActor() actor: Actor, @Body() body: ProfilePatchDto): Promise<ProfileViewDto> {
    return this.profiles.patchOwn(actor, body);
  }
}
