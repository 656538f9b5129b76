import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ISCO_LEVELS, IscoLevel } from './isco-code';
import { IscoGroupSummary } from './isco-group-directory.service';

export class ListIscoGroupsQuery {
  @ApiPropertyOptional({ enum: ISCO_LEVELS, example: 'minor', description: 'Only groups on this level.' })
  @IsOptional()
  @IsIn(ISCO_LEVELS)
  level?: IscoLevel;

  @ApiPropertyOptional({ example: '91', description: 'Only the groups directly under this group (1–3 digits).' })
  @IsOptional()
  @Matches(/^\d{1,3}$/, { message: 'parent must be an ISCO-08 group code of 1 to 3 digits' })
  parent?: string;
}

/** An ISCO-08 group as other responses refer to it. */
export class IscoGroupRefDto {
  @ApiProperty({ example: '9112' })
  code: string;

  @ApiProperty({ example: 'Cleaners and helpers in offices, hotels and other establishments' })
  labelEn: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'Dutch label; so far only for the ten major groups.',
  })
  labelNl: string | null;
}

export class IscoGroupDto extends IscoGroupRefDto implements IscoGroupSummary {
  @ApiProperty({ enum: ISCO_LEVELS, example: 'unit' })
  level: IscoLevel;

  @ApiProperty({ type: String, nullable: true, example: '911', description: 'null for the major groups.' })
  parentCode: string | null;
}
