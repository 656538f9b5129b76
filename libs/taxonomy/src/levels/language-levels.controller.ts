import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@werkpunt/identity';
import { CEFR_LEVELS } from './cefr-levels';
import { LanguageLevelDto } from './level.dto';

@ApiTags('taxonomy')
@Public()
@Controller('api/v1/language-levels')
export class LanguageLevelsController {
  @Get()
  @ApiOperation({ summary: 'The CEFR levels A1–C2, with what a person can do at each, in Dutch and English' })
  @ApiOkResponse({ type: [LanguageLevelDto] })
  list(): readonly LanguageLevelDto[] {
    return CEFR_LEVELS;
  }
}
