import { Audience } from '../audience';
import { bilingual, Lang, sentences } from '../format';
import { MatchLabels, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, nothingAsked } from './factor-result';
import { addSkillImprovements, namedMissing, skillCoverage, SkillCoverage } from './skill-coverage';

/** "Je hebt" / "De kandidaat heeft" and the rest of each sentence, per reader. */
const HAS: Record<Audience, Record<Lang, string>> = {
  seeker: { nl: 'Je hebt', en: 'You have' },
  employer: { nl: 'De kandidaat heeft', en: 'The candidate has' },
};

const MISSING: Record<Audience, Record<Lang, string>> = {
  seeker: { nl: 'Je mist nog', en: 'Still missing' },
  employer: { nl: 'De kandidaat mist nog', en: 'The candidate still lacks' },
};

function coverageReason(
  { asked, missing }: SkillCoverage,
  labels: MatchLabels | undefined,
  audience: Audience,
  lang: Lang,
): string {
  const nl = lang === 'nl';
  const has = HAS[audience][lang];
  if (missing.length === 0) {
    if (asked.length === 1)
      return nl ? `${has} de vaardigheid die deze job vraagt.` : `${has} the skill this job asks for.`;
    return nl
      ? `${has} alle ${asked.length} vaardigheden die deze job vraagt.`
      : `${has} all ${asked.length} skills this job asks for.`;
  }
  const held = asked.length - missing.length;
  const some = nl
    ? `${has} ${held} van de ${asked.length} vaardigheden die deze job vraagt.`
    : `${has} ${held} of the ${asked.length} skills this job asks for.`;
  return sentences(asked.length > 1 && some, `${MISSING[audience][lang]}: ${namedMissing(missing, labels, lang)}.`);
}

export function requiredSkillsFactor(
  seeker: Pick<MatchSeeker, 'skillIds'>,
  vacancy: Pick<MatchVacancy, 'requiredSkillIds'>,
  labels?: MatchLabels,
  audience: Audience = 'seeker',
): FactorResult {
  const coverage = skillCoverage(seeker.skillIds, vacancy.requiredSkillIds);
  if (coverage.asked.length === 0) {
    return nothingAsked({
      nl: 'Deze job vraagt geen bepaalde vaardigheden.',
      en: 'This job does not ask for specific skills.',
    });
  }
  return {
    value: coverage.share,
    reason: bilingual((lang) => coverageReason(coverage, labels, audience, lang)),
    informative: true,
    improvements: addSkillImprovements(seeker, coverage.missing, labels, false, audience),
  };
}
