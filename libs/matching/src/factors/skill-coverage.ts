import { Audience } from '../audience';
import { bilingual, joinList, Lang } from '../format';
import { skillLabel } from '../labels';
import { Bilingual, MatchLabels, MatchSeeker } from '../match-model';
import { ImprovementOption } from './factor-result';
import { withGain } from './suggestion';

/** At most this many missing skills are named in a reason, so it stays one readable line. */
const MAX_NAMED_MISSING = 3;

export interface SkillCoverage {
  asked: string[];
  missing: string[];
  /** 0..1; 1 when nothing is asked. */
  share: number;
}

export function skillCoverage(seekerSkillIds: string[], askedSkillIds: string[]): SkillCoverage {
  const asked = [...new Set(askedSkillIds)];
  const held = new Set(seekerSkillIds);
  const missing = asked.filter((skill) => !held.has(skill));
  return { asked, missing, share: asked.length === 0 ? 1 : (asked.length - missing.length) / asked.length };
}

export function namedMissing(missing: string[], labels: MatchLabels | undefined, lang: Lang): string {
  const names = missing.slice(0, MAX_NAMED_MISSING).map((skill) => skillLabel(skill, labels, lang));
  const rest = missing.length - names.length;
  if (rest > 0) names.push(lang === 'nl' ? `nog ${rest} andere` : `${rest} more`);
  return joinList(names, lang);
}

/** One option per missing skill: learning any one of them helps, and each can be named. */
export function addSkillImprovements(
  seeker: Pick<MatchSeeker, 'skillIds'>,
  missing: string[],
  labels: MatchLabels | undefined,
  plus: boolean,
  audience: Audience = 'seeker',
): ImprovementOption[] {
  return missing.map((skill) => ({
    change: { skillIds: [...seeker.skillIds, skill] },
    suggestion: (gain: number) => withGain(skillNamed(skill, labels, plus), gain, audience),
  }));
}

/** "de vaardigheid ‘Heftruck besturen’ (een pluspunt voor deze job)" */
function skillNamed(skill: string, labels: MatchLabels | undefined, plus: boolean): Bilingual {
  return bilingual((lang) => {
    const name = skillLabel(skill, labels, lang);
    if (lang === 'nl') return `de vaardigheid ‘${name}’${plus ? ' (een pluspunt voor deze job)' : ''}`;
    return `the skill ‘${name}’${plus ? ' (a plus for this job)' : ''}`;
  });
}
