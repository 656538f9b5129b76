import { Audience } from '../audience';
import { bilingual, Lang, sentences } from '../format';
import { MatchLabels, MatchSeeker, MatchVacancy } from '../match-model';
import { FactorResult, nothingAsked } from './factor-result';
import { addSkillImprovements, namedMissing, skillCoverage } from './skill-coverage';

function heldSentence(held: number, asked: number, audience: Audience, lang: Lang): string {
  if (lang === 'nl') {
    const who = audience === 'employer' ? 'De kandidaat heeft' : 'Je hebt';
    return `${who} ${held} van de ${asked} extra vaardigheden die een pluspunt zijn.`;
  }
  const who = audience === 'employer' ? 'The candidate has' : 'You have';
  return `${who} ${held} of the ${asked} extra skills that are a plus.`;
}

export function niceToHaveSkillsFactor(
  seeker: Pick<MatchSeeker, 'skillIds'>,
  vacancy: Pick<MatchVacancy, 'niceToHaveSkillIds'>,
  labels?: MatchLabels,
  audience: Audience = 'seeker',
): FactorResult {
  const { asked, missing, share } = skillCoverage(seeker.skillIds, vacancy.niceToHaveSkillIds);
  if (asked.length === 0) {
    return nothingAsked({ nl: 'Deze job noemt geen extra vaardigheden.', en: 'This job lists no extra skills.' });
  }
  const held = asked.length - missing.length;
  const reason = bilingual((lang) => {
    const nl = lang === 'nl';
    return sentences(
      heldSentence(held, asked.length, audience, lang),
      missing.length > 0 &&
        (nl
          ? `Niet nodig, wel handig: ${namedMissing(missing, labels, lang)}.`
          : `Not needed, but useful: ${namedMissing(missing, labels, lang)}.`),
    );
  });
  return {
    value: share,
    reason,
    informative: true,
    improvements: addSkillImprovements(seeker, missing, labels, true, audience),
  };
}
