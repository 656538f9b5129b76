import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { FactorExplanation, MatchExplanation, ScoreImprovement } from '@werkpunt/matching';

export class BilingualText {
  @ApiProperty({ example: 'Je woont 1,2 km van deze job.' })
  nl: string;

  @ApiProperty({ example: 'You live 1.2 km from this job.' })
  en: string;
}

export class FactorView implements FactorExplanation {
  @ApiProperty({ example: 'distance' })
  factor: FactorExplanation['factor'];

  @ApiProperty({ example: 0.9, description: '0..1: how well this factor is met' })
  value: number;

  @ApiProperty({ example: 15 })
  weight: number;

  @ApiProperty({ example: 13.5, description: 'Points out of 100 this factor adds' })
  contribution: number;

  @ApiProperty({ type: BilingualText })
  reason: BilingualText;

  @ApiProperty({
    example: true,
    description:
      'False for a filler: the job asks nothing on this factor ("This job does not ask for a diploma."), so the full marks say nothing about this match',
  })
  informative: boolean;
}

export class ImprovementView implements ScoreImprovement {
  @ApiProperty({ example: 'dutch' })
  factor: ScoreImprovement['factor'];

  @ApiProperty({ example: 6 })
  gain: number;

  @ApiProperty({ type: BilingualText })
  suggestion: BilingualText;
}

/** The explanation of one match: the score, every factor, and what would raise it. */
export class MatchExplanationView {
  @ApiProperty({ example: 78.5 })
  score: number;

  @ApiProperty({ type: [FactorView] })
  factors: FactorView[];

  @ApiProperty({ type: [ImprovementView] })
  improvements: ImprovementView[];
}

export function explanationView(explanation: MatchExplanation): MatchExplanationView {
  return { score: explanation.score, factors: explanation.factors, improvements: explanation.improvements };
}

export class VacancyCardView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Schoonmaker kantoren (halftijds)' })
  title: string;

  @ApiProperty({ example: 'Schoonmaker' })
  occupationLabel: string;

  @ApiProperty({ example: 'Schoonmaakbedrijf Rabot' })
  organisationName: string;

  @ApiPropertyOptional({ example: 'Rabot-Blaisantvest', nullable: true })
  neighbourhoodName: string | null;

  @ApiProperty({ example: 'regular' })
  programme: string;

  @ApiProperty({ example: 19 })
  hoursMin: number;

  @ApiProperty({ example: 25 })
  hoursMax: number;

  @ApiPropertyOptional({ example: 'A2', nullable: true })
  dutchLevel: string | null;

  @ApiProperty({ example: true })
  shortage: boolean;

  @ApiPropertyOptional({ example: '2026-12-20', nullable: true })
  closingDate: string | null;

  @ApiPropertyOptional({ example: 1.2, nullable: true, description: 'Km from the home wijk (matches only)' })
  distanceKm?: number | null;
}

export class VacancyMatchView {
  @ApiProperty({ type: VacancyCardView })
  vacancy: VacancyCardView;

  @ApiProperty({ type: MatchExplanationView })
  match: MatchExplanationView;
}

export class VacancyMatchesView {
  @ApiProperty({ format: 'uuid', description: 'The recorded ranking: quote it to explain or override this order' })
  rankingId: string;

  @ApiProperty({ example: 37, description: 'Vacancies that pass every hard filter' })
  total: number;

  @ApiProperty({ type: [VacancyMatchView] })
  items: VacancyMatchView[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { drivingLicence: 3, maxCommute: 12 },
    description: 'Vacancies left out by a hard filter after retrieval, counted per filter',
  })
  excluded: Record<string, number>;
}

export function roundKm(meters: number | null): number | null {
  return meters === null ? null : Math.round(meters / 100) / 10;
}
