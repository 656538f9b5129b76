import { MatchContext } from './match-model';

/**
 * Who reads a reason. The person reads about themselves ("Je woont 1,2 km van deze job."); an employer or a
 * mediator looking at candidates reads about the candidate ("De kandidaat woont 1,2 km van deze job.").
 */
export type Audience = 'seeker' | 'employer';

export function audienceOf(direction: MatchContext['direction']): Audience {
  return direction === 'candidates-for-vacancy' ? 'employer' : 'seeker';
}
