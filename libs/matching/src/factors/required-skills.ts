import { bilingual, sentences } from '../format';
import { MatchLabels, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';
import { addSkillImprovements, namedMissing, skillCoverage } from './skill-coverage';

export function requiredSkillsFactor(
  seeker: Pick<MatchSeeker, 'skillIds'>,
  vacancy: Pick<MatchVacancy, 'requiredSkillIds'>,
  labels?: MatchLabels,
): FactorResult {
  const { asked, missing, share } = skillCoverage(seeker.skillIds, vacancy.requiredSkillIds);
  if (asked.length === 0) {
    return {
      value: 1,
      reason: { nl: 'Deze job vraagt geen bepaalde vaardigheden.', en: 'This job does not ask for specific skills.' },
      improvements: [],
    };
  }
  const held = asked.length - missing.length;
  const reason = bilingual((lang) => {
    const nl = lang === 'nl';
    if (missing.length === 0) {
      if (asked.length === 1)
        return nl ? 'Je hebt de vaardigheid die deze job vraagt.' : 'You have the skill this job asks for.';
      return nl
        ? `Je hebt alle ${asked.length} vaardigheden die deze job vraagt.`
        : `You have all ${asked.length} skills this job asks for.`;
    }
    const have = nl
      ? `Je hebt ${held} van de ${asked.length} vaardigheden die deze job vraagt.`
      : `You have ${held} of the ${asked.length} skills this job asks for.`;
    return sentences(
      asked.length > 1 && have,
      nl
        ? `Je mist nog: ${namedMissing(missing, labels, lang)}.`
        : `Still missing: ${namedMissing(missing, labels, lang)}.`,
    );
  });
  return { value: share, reason, improvements: addSkillImprovements(seeker, missing, labels, false) };
}
