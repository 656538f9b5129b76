import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { EDUCATION_LEVELS } from './education-levels';
import { EducationLevelDto } from './level.dto';

@ApiTags('taxonomy')
@Public()
@Controller('api/v1/education-levels')
export class EducationLevelsController {
  @Get()
  @ApiOperation({ summary: 'The education levels low, mid and high, on ISCED 2011' })
  @ApiOkResponse({ type: [EducationLevelDto] })
  list(): readonly EducationLevelDto[] {
    return EDUCATION_LEVELS;
  }
}
