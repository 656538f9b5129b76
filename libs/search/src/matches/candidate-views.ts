import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SearchHit } from '../search-engine';
import { MatchExplanationView, roundKm } from './match-views';

export class CandidateOccupationView {
  @ApiProperty({ format: 'uuid' })
  occupationId: string;

  @ApiProperty({ example: 'verpleegkundige' })
  label: string;

  @ApiProperty({ example: 36 })
  experienceMonths: number;
}

/** An anonymised candidate: what the work needs, nothing that identifies the person. */
export class CandidateCardView {
  @ApiProperty({ format: 'uuid', description: 'Quote it to invite the candidate; it is not a name' })
  candidateId: string;

  @ApiProperty({ type: [CandidateOccupationView] })
  occupations: CandidateOccupationView[];

  @ApiProperty({ type: [String], example: ['veiligheidsvoorschriften toepassen'] })
  skills: string[];

  @ApiProperty({ example: 'mid' })
  educationLevel: string;

  @ApiPropertyOptional({ example: 'B1', nullable: true })
  dutchLevel: string | null;

  @ApiProperty({ type: [String], example: ['fr:B2'] })
  otherLanguages: string[];

  @ApiProperty({ type: [String], example: ['B'] })
  drivingLicences: string[];

  @ApiProperty({ example: 19 })
  hoursMin: number;

  @ApiProperty({ example: 38 })
  hoursMax: number;

  @ApiProperty({ type: [String], example: ['day', 'evening'] })
  shifts: string[];

  @ApiPropertyOptional({ example: '2026-12-01', nullable: true })
  availableFrom: string | null;

  @ApiProperty({ example: 'Brugse Poort - Rooigem', description: 'The home wijk only; never an address' })
  homeWijk: string;

  @ApiPropertyOptional({ example: 2.4, nullable: true })
  distanceKm: number | null;
}

export class CandidateMatchView {
  @ApiProperty({ type: CandidateCardView })
  candidate: CandidateCardView;

  @ApiProperty({ type: MatchExplanationView })
  match: MatchExplanationView;
}

export class CandidatesView {
  @ApiProperty({ format: 'uuid' })
  rankingId: string;

  @ApiProperty({ example: 12 })
  total: number;

  @ApiProperty({ type: [CandidateMatchView] })
  items: CandidateMatchView[];

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description: 'Why the list is empty on purpose (artikel 60 placements are made by the OCMW)',
  })
  notice: string | null;
}

export function candidateCard(
  hit: SearchHit,
  labels: { occupations: Record<string, { nl: string }>; skills: Record<string, { nl: string }> },
  wijkName: string,
): CandidateCardView {
  const f = hit.fields;
  const ids = (f.occupationIds as string[]) ?? [];
  const experience = (f.occupationExperienceMonths as number[]) ?? [];
  return {
    candidateId: hit.id,
    occupations: ids.map((occupationId, i) => ({
      occupationId,
      label: labels.occupations[occupationId]?.nl ?? occupationId,
      experienceMonths: experience[i] ?? 0,
    })),
    skills: ((f.skillIds as string[]) ?? []).map((id) => labels.skills[id]?.nl ?? id),
    educationLevel: f.educationLevel as string,
    dutchLevel: (f.dutchLevel as string | null) ?? null,
    otherLanguages: (f.otherLanguages as string[]) ?? [],
    drivingLicences: (f.drivingLicences as string[]) ?? [],
    hoursMin: f.hoursMin as number,
    hoursMax: f.hoursMax as number,
    shifts: (f.shifts as string[]) ?? [],
    availableFrom: (f.availableFrom as string | null) ?? null,
    homeWijk: wijkName,
    distanceKm: roundKm(hit.distanceMeters),
  };
}
