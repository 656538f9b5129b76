import { bilingual, sentences } from '../format';
import { MatchLabels, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult } from './factor-result';
import { addSkillImprovements, namedMissing, skillCoverage } from './skill-coverage';

export function niceToHaveSkillsFactor(
  seeker: Pick<MatchSeeker, 'skillIds'>,
  vacancy: Pick<MatchVacancy, 'niceToHaveSkillIds'>,
  labels?: MatchLabels,
): FactorResult {
  const { asked, missing, share } = skillCoverage(seeker.skillIds, vacancy.niceToHaveSkillIds);
  if (asked.length === 0) {
    return {
      value: 1,
      reason: { nl: 'Deze job noemt geen extra vaardigheden.', en: 'This job lists no extra skills.' },
      improvements: [],
    };
  }
  const held = asked.length - missing.length;
  const reason = bilingual((lang) => {
    const nl = lang === 'nl';
    const have = nl
      ? `Je hebt ${held} van de ${asked.length} extra vaardigheden die een pluspunt zijn.`
      : `You have ${held} of the ${asked.length} extra skills that are a plus.`;
    return sentences(
      have,
      missing.length > 0 &&
        (nl
          ? `Niet nodig, wel handig: ${namedMissing(missing, labels, lang)}.`
          : `Not needed, but useful: ${namedMissing(missing, labels, lang)}.`),
    );
  });
  return { value: share, reason, improvements: addSkillImprovements(seeker, missing, labels, true) };
}
