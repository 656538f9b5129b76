import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const TENSION_DIMENSIONS = ['occupation-group', 'wijk'] as const;
export type TensionDimension = (typeof TENSION_DIMENSIONS)[number];

export class TensionQueryDto {
  @ApiProperty({ enum: TENSION_DIMENSIONS, description: 'Per occupation group of the policy note, or per wijk' })
  @IsIn(TENSION_DIMENSIONS, { message: 'by must be occupation-group or wijk' })
  by: TensionDimension;
}

export class Figures2013Dto {
  @ApiProperty({ description: 'Open vacancies (VDAB), yearly average 2013', example: 369.1 })
  openVacancies: number;

  @ApiProperty({ description: 'Non-working job seekers, yearly average 2013', example: 2337.4 })
  jobSeekers: number;

  @ApiProperty({ description: 'Job seekers per open vacancy, as published', example: 6.3 })
  tension: number;
}

export class TensionRowDto {
  @ApiProperty({ description: 'Occupation group key (e.g. "cleaning", "other") or the wijknr', example: 'cleaning' })
  key: string;

  @ApiProperty({ example: 'Schoonmaak- en onderhoudspersoneel' })
  nameNl: string;

  @ApiProperty({ example: 'Cleaning and maintenance staff' })
  nameEn: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Active job seekers (each once per group they want work in); null when 1–4, or per wijk when hidden with ' +
      'such a cell so that it cannot be worked out from the total',
    example: 42,
  })
  jobSeekers: number | null;

  @ApiProperty({ description: 'Published vacancies', example: 7 })
  openVacancies: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Job seekers per open vacancy, one decimal; null without open vacancies or when suppressed',
    example: 6,
  })
  tension: number | null;

  @ApiProperty({ description: 'The job-seeker count is not shown (1–4, or hidden with such a wijk)' })
  suppressed: boolean;

  @ApiPropertyOptional({ type: () => Figures2013Dto, nullable: true, description: 'Per occupation group of the note' })
  figures2013?: Figures2013Dto | null;
}

export class TensionTotalsDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Active job seekers; null when 1–4', example: 732 })
  jobSeekers: number | null;

  @ApiProperty({ example: 116 })
  openVacancies: number;

  @ApiProperty({ type: Number, nullable: true, example: 6.3 })
  tension: number | null;
}

export class TensionReportDto {
  @ApiProperty({ enum: TENSION_DIMENSIONS })
  by: TensionDimension;

  @ApiProperty({ description: 'When the figures were counted', example: '2026-11-28T17:00:00.000Z' })
  countedAt: string;

  @ApiProperty({ description: 'Job-seeker counts below this (and above 0) are not shown', example: 5 })
  minimumShown: number;

  @ApiProperty({ type: () => TensionTotalsDto, description: 'All active job seekers and published vacancies now' })
  totals: TensionTotalsDto;

  @ApiProperty({ type: () => Figures2013Dto, description: 'The city totals of 2013 in the policy note' })
  totals2013: Figures2013Dto;

  @ApiProperty({ type: [TensionRowDto] })
  rows: TensionRowDto[];
}
