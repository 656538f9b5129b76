import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { IscoGroupDto, IscoGroupRefDto } from '../isco/isco-group.dto';
import { SkillDto } from '../skills/skill.dto';
import { OccupationDetails } from '../taxonomy.service';
import { MATCH_KINDS, MatchKind } from './occupation-ranking';
import { OccupationMatch } from './occupation-search.service';

export class SearchOccupationsQuery {
  @ApiProperty({
    example: 'kuisvrouw',
    minLength: 2,
    maxLength: 100,
    description: 'What the person calls the job; case, accents and small typos do not matter.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(2, 100)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class OccupationMatchDto implements OccupationMatch {
  @ApiProperty({ format: 'uuid', example: '303a1e34-cb16-4054-b323-81e5eec17397', description: 'The ESCO UUID.' })
  id: string;

  @ApiProperty({ example: '9112.2' })
  escoCode: string;

  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397' })
  escoUri: string;

  @ApiProperty({ example: 'schoonmaker gebouwen', description: "ESCO's preferred Dutch label." })
  label: string;

  @ApiProperty({ example: 'kuisvrouw', description: 'The label the query matched.' })
  matchedLabel: string;

  @ApiProperty({ enum: MATCH_KINDS, example: 'exact' })
  matchKind: MatchKind;

  @ApiProperty({ example: '9112', description: 'ISCO-08 unit group.' })
  iscoCode: string;

  @ApiProperty({ type: IscoGroupRefDto })
  iscoGroup: IscoGroupRefDto;
}

export class OccupationDetailDto implements OccupationDetails {
  @ApiProperty({ format: 'uuid', example: '303a1e34-cb16-4054-b323-81e5eec17397' })
  id: string;

  @ApiProperty({ example: '9112.2' })
  escoCode: string;

  @ApiProperty({ example: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397' })
  escoUri: string;

  @ApiProperty({ example: 'schoonmaker gebouwen' })
  label: string;

  @ApiProperty({ type: [String], example: ['schoonmaakster', 'poetsvrouw', 'schoonmaakmedewerker'] })
  altLabels: string[];

  @ApiProperty({
    type: [String],
    example: ['kuisvrouw', 'kuisman', 'poetser'],
    description: 'Curated everyday (mostly Flemish) words for this occupation.',
  })
  synonyms: string[];

  @ApiProperty({ example: '9112' })
  iscoCode: string;

  @ApiProperty({ type: [IscoGroupDto], description: 'ISCO-08 groups from the major group down to the unit group.' })
  iscoPath: IscoGroupDto[];

  @ApiProperty({
    type: [SkillDto],
    description: "Curated skills of the occupation's ISCO groups, most specific first.",
  })
  skills: SkillDto[];
}
