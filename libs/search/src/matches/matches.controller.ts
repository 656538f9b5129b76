import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor, CurrentActor, OptionalActor, Policy, Public, RequestId } from '@werkpunt/identity';
import { RankingOverrideDto, RankingsService, RankingView } from '../ranking/rankings.service';
import { CandidatesService } from './candidates.service';
import { CandidatesView } from './candidate-views';
import { VacancyMatchesView } from './match-views';
import { SeekerMatchesService } from './seeker-matches.service';
import { SimilarOccupationsService, SimilarOccupationsView } from './similar-occupations.service';
import { MatchPageQueryDto, VacancySearchQueryDto, VacancySearchView } from './vacancy-search.dto';
import { VacancySearchService } from './vacancy-search.service';

// Answers to signed-in requests carry Cache-Control: no-store (identity's global NoStoreInterceptor).

@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/me')
export class MyMatchesController {
  constructor(
    private readonly matches: SeekerMatchesService,
    private readonly occupations: SimilarOccupationsService,
  ) {}

  @Get('matches')
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'Jobs for me: open vacancies ranked for my profile, each with its reasons' })
  @ApiOkResponse({ type: VacancyMatchesView })
  @ApiNotFoundResponse({ description: 'No profile yet' })
  mine(@CurrentActor() actor: Actor, @Query() page: MatchPageQueryDto): Promise<VacancyMatchesView> {
    return this.matches.forSeeker(actor, actor.userId, page, null);
  }

  @Get('similar-occupations')
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({
    summary: 'For each of my wishes: openings, job seekers per vacancy, and similar work with more openings',
  })
  @ApiOkResponse({ type: SimilarOccupationsView })
  similar(@CurrentActor() actor: Actor): Promise<SimilarOccupationsView> {
    return this.occupations.forSeeker(actor, actor.userId, null);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such client, not in your caseload, or no profile yet' })
@Controller('api/v1/clients/:accountId')
export class ClientMatchesController {
  constructor(
    private readonly matches: SeekerMatchesService,
    private readonly occupations: SimilarOccupationsService,
  ) {}

  @Get('matches')
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'Vacancies for a client, ranked with reasons (the look at the file is audited)' })
  @ApiOkResponse({ type: VacancyMatchesView })
  forClient(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @Query() page: MatchPageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<VacancyMatchesView> {
    return this.matches.forSeeker(actor, accountId, page, requestId);
  }

  @Get('similar-occupations')
  @Policy('read', 'JobSeekerFile')
  @ApiOperation({ summary: 'Similar occupations with more openings for a client’s wishes (audited)' })
  @ApiOkResponse({ type: SimilarOccupationsView })
  similar(
    @CurrentActor() actor: Actor,
    @Param('accountId', new ParseUUIDPipe()) accountId: string,
    @RequestId() requestId: string | null,
  ): Promise<SimilarOccupationsView> {
    return this.occupations.forSeeker(actor, accountId, requestId);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1/vacancies/:vacancyId/candidates')
export class VacancyCandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get()
  @Policy('read', 'VacancyCandidates')
  @ApiOperation({
    summary: 'Anonymised candidates for a published vacancy, ranked with reasons (each one shown is audited)',
  })
  @ApiOkResponse({ type: CandidatesView })
  @ApiNotFoundResponse({ description: 'No such vacancy, or not your organisation’s' })
  @ApiConflictResponse({ description: 'The vacancy is not published' })
  list(
    @CurrentActor() actor: Actor,
    @Param('vacancyId', new ParseUUIDPipe()) vacancyId: string,
    @Query() page: MatchPageQueryDto,
    @RequestId() requestId: string | null,
  ): Promise<CandidatesView> {
    return this.candidates.forVacancy(actor, vacancyId, page, requestId);
  }
}

@ApiTags('search')
@Controller('api/v1/search/vacancies')
export class VacancySearchController {
  constructor(private readonly search: VacancySearchService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Search published vacancies by words, with filters and facet counts (for everyone)' })
  @ApiOkResponse({ type: VacancySearchView })
  @ApiBadRequestResponse({ description: 'A filter is invalid' })
  find(@OptionalActor() actor: Actor | null, @Query() query: VacancySearchQueryDto): Promise<VacancySearchView> {
    return this.search.search(query, actor);
  }
}

@ApiTags('matching')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No such ranking, or not one you may see' })
@Controller('api/v1/rankings/:rankingId')
export class RankingsController {
  constructor(private readonly rankings: RankingsService) {}

  @Get()
  @Policy('read', 'Ranking')
  @ApiOperation({ summary: 'A recorded ranking: inputs, weights, scores and the order in force' })
  @ApiOkResponse({ type: RankingView })
  get(@CurrentActor() actor: Actor, @Param('rankingId', new ParseUUIDPipe()) rankingId: string): Promise<RankingView> {
    return this.rankings.get(actor, rankingId);
  }

  @Put('override')
  @Policy('update', 'Ranking')
  @ApiOperation({ summary: 'Put a ranking in another order, with the reason (mediators; audited)' })
  @ApiOkResponse({ type: RankingView })
  @ApiBadRequestResponse({ description: 'The order names unknown results, or the reason is missing' })
  override(
    @CurrentActor() actor: Actor,
    @Param('rankingId', new ParseUUIDPipe()) rankingId: string,
    @Body() body: RankingOverrideDto,
    @RequestId() requestId: string | null,
  ): Promise<RankingView> {
    return this.rankings.override(actor, rankingId, body, requestId);
  }
}
