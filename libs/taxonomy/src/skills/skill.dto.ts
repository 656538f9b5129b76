import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { SkillSummary } from './skill-catalogue.service';

export class ListSkillsQuery {
  @ApiPropertyOptional({
    example: '9112',
    description:
      'ISCO-08 group on any level (1–4 digits): the skills of that group, of the groups above it and of those within it.',
  })
  @IsOptional()
  @Matches(/^\d{1,4}$/, { message: 'isco must be an ISCO-08 group code of 1 to 4 digits' })
  isco?: string;
}

export class SkillDto implements SkillSummary {
  @ApiProperty({ example: 'operate-cleaning-machines', description: 'Stable slug.' })
  id: string;

  @ApiProperty({ example: 'schoonmaakmachines bedienen (schrobzuigmachine)' })
  nameNl: string;

  @ApiProperty({ example: 'operate cleaning machines (scrubber dryer)' })
  nameEn: string;

  @ApiProperty({ type: [String], example: ['911', '5153'], description: 'ISCO-08 groups the skill is curated for.' })
  iscoCodes: string[];
}
