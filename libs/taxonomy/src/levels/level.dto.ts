import { ApiProperty } from '@nestjs/swagger';
import { CEFR_LEVEL_CODES, CefrLevel, CefrLevelCode } from './cefr-levels';
import { EDUCATION_LEVEL_CODES, EducationLevel, EducationLevelCode } from './education-levels';

export class EducationLevelDto implements EducationLevel {
  @ApiProperty({ enum: EDUCATION_LEVEL_CODES, example: 'mid' })
  code: EducationLevelCode;

  @ApiProperty({ example: 2, description: '1 (low) to 3 (high).' })
  rank: number;

  @ApiProperty({ type: [Number], example: [3, 4], description: 'ISCED 2011 levels in this group.' })
  iscedLevels: number[];

  @ApiProperty({ example: 'middengeschoold' })
  labelNl: string;

  @ApiProperty({ example: 'mid-educated' })
  labelEn: string;

  @ApiProperty({ example: 'Een diploma secundair onderwijs, ook via een zevende jaar, Se-n-Se, …' })
  descriptionNl: string;

  @ApiProperty({ example: 'A secondary-school diploma, also through a seventh year, Se-n-Se, …' })
  descriptionEn: string;
}

export class LanguageLevelDto implements CefrLevel {
  @ApiProperty({ enum: CEFR_LEVEL_CODES, example: 'A2' })
  code: CefrLevelCode;

  @ApiProperty({ example: 2, description: '1 (A1) to 6 (C2).' })
  rank: number;

  @ApiProperty({ example: 'basis' })
  labelNl: string;

  @ApiProperty({ example: 'elementary' })
  labelEn: string;

  @ApiProperty({ example: 'Je begrijpt korte, eenvoudige zinnen over gewone dingen: je werk, winkelen, de buurt. …' })
  canDoNl: string;

  @ApiProperty({ example: 'You understand short, simple sentences about everyday things: your work, shopping, …' })
  canDoEn: string;
}
