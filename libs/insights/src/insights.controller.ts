import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Policy } from '@werkpunt/identity';
import { TensionQueryDto, TensionReportDto } from './tension/tension.dto';
import { TensionService } from './tension/tension.service';
import { WerkpuntStaffDto } from './werkpunten/werkpunt-staff.dto';
import { WerkpuntStaffService } from './werkpunten/werkpunt-staff.service';

@ApiTags('insights')
@ApiBearerAuth()
@ApiServiceUnavailableResponse({ description: 'PostgreSQL is not reachable; retry after the Retry-After delay' })
@Controller('api/v1/insights')
export class InsightsController {
  constructor(
    private readonly tension: TensionService,
    private readonly staff: WerkpuntStaffService,
  ) {}

  // Counts only, so mediators may read them too: it helps them steer clients towards groups with room.
  @Get('tension')
  @Policy('read', 'LabourMarketInsights')
  @ApiOperation({
    summary:
      'Job seekers per open vacancy now, per occupation group of the policy note or per wijk, with 2013 beside it',
    description:
      'Active job-seeker profiles and published vacancies. A person wishing for work in two groups counts in both. ' +
      'Job-seeker counts of 1 to 4 are not shown (suppressed), so nobody can be picked out.',
  })
  @ApiOkResponse({ type: TensionReportDto })
  @ApiBadRequestResponse({ description: 'by is not occupation-group or wijk' })
  @ApiForbiddenResponse({ description: 'Only city admins and mediators may read this' })
  tensionReport(@Query() query: TensionQueryDto): Promise<TensionReportDto> {
    return this.tension.report(query.by);
  }

  // Names and e-mail addresses of staff: for the admins who manage those accounts.
  @Get('werkpunten')
  @Policy('manage', 'Account')
  @ApiOperation({ summary: 'The Werkpunten with their mediators and the number of clients in their caseload' })
  @ApiOkResponse({ type: [WerkpuntStaffDto] })
  @ApiForbiddenResponse({ description: 'Only city admins may read this' })
  werkpunten(): Promise<WerkpuntStaffDto[]> {
    return this.staff.list();
  }
}
