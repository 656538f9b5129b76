import { Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Actor } from '@werkpunt/identity';
import { TaxonomyService } from '@werkpunt/taxonomy';
import { BilingualText } from './match-views';
import { OccupationTension } from './occupation-tension';
import { SeekerFile } from './seeker-file';
import { LabelLookup } from './skill-labels';
import { suggestSimilarGroups } from './similar-occupations';

export class SuggestionView {
  @ApiProperty({ example: '9412' })
  iscoCode: string;

  @ApiProperty({ example: 'same-sub-major' })
  relation: string;

  @ApiProperty({ example: 14 })
  openVacancies: number;

  @ApiProperty({ example: 1.6, description: 'Job seekers per open vacancy' })
  tension: number;

  @ApiProperty({ format: 'uuid', description: 'The occupation with the most openings in the group' })
  occupationId: string;

  @ApiProperty({ type: BilingualText })
  occupationLabel: BilingualText;

  @ApiProperty({ type: BilingualText })
  reason: BilingualText;
}

export class WishOutlookView {
  @ApiProperty({ format: 'uuid' })
  occupationId: string;

  @ApiProperty({ type: BilingualText })
  occupationLabel: BilingualText;

  @ApiProperty({ example: 2 })
  openVacancies: number;

  @ApiProperty({ example: 11 })
  jobSeekers: number;

  @ApiProperty({ example: 5.5 })
  tension: number;

  @ApiProperty({ description: 'Few openings for this wish: the suggestions are worth a look' })
  few: boolean;

  @ApiProperty({ type: [SuggestionView] })
  suggestions: SuggestionView[];
}

export class SimilarOccupationsView {
  @ApiProperty({ type: [WishOutlookView] })
  wishes: WishOutlookView[];
}

/** "Similar occupations with more openings" for each of a person's wishes. */
@Injectable()
export class SimilarOccupationsService {
  constructor(
    private readonly file: SeekerFile,
    private readonly taxonomy: TaxonomyService,
    private readonly tension: OccupationTension,
    private readonly labels: LabelLookup,
  ) {}

  async forSeeker(actor: Actor, accountId: string, requestId: string | null): Promise<SimilarOccupationsView> {
    const profile = await this.file.profileFor(actor, accountId, requestId);
    const wishes = [...profile.desiredOccupations].sort((a, b) => a.rank - b.rank);
    const refs = await this.taxonomy.occupationRefs(wishes.map((w) => w.occupationId));
    const groups = await this.tension.byGroup();
    const groupLabels = await this.labels.iscoGroups(groups.keys());
    const outlooks = wishes
      .filter((w) => refs.has(w.occupationId))
      .map((w) => {
        const ref = refs.get(w.occupationId)!;
        return suggestSimilarGroups({ occupationId: w.occupationId, iscoCode: ref.iscoCode }, groups, {
          group: (code) => groupLabels[code] ?? { nl: code, en: code },
          own: groupLabels[ref.iscoCode] ?? { nl: ref.iscoCode, en: ref.iscoCode },
        });
      });
    const occupationLabels = await this.labels.occupations([
      ...outlooks.map((o) => o.tension.occupationId),
      ...outlooks.flatMap((o) => o.suggestions.map((s) => s.occupationId)),
    ]);
    const label = (id: string) => occupationLabels[id] ?? { nl: id, en: id };
    return {
      wishes: outlooks.map(({ tension, suggestions }) => ({
        occupationId: tension.occupationId,
        occupationLabel: label(tension.occupationId),
        openVacancies: tension.openVacancies,
        jobSeekers: tension.jobSeekers,
        tension: tension.tension,
        few: tension.few,
        suggestions: suggestions.map((s) => ({ ...s, occupationLabel: label(s.occupationId) })),
      })),
    };
  }
}
