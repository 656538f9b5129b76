import type { Schemas } from '../api/client';
import { useBilingual } from '../i18n/bilingual';
import { topReasons } from './match-reasons';

interface Props {
  match: Schemas['VacancyMatchView']['match'];
  /** The texts differ by reader: "Past voor 94 %" for the person, a third-person wording for their mediator. */
  scoreText: string;
  whyHeading: string;
  raiseHeading: string;
}

/** A match's score, its most informative reasons and what would raise it. */
export function MatchExplanation({ match, scoreText, whyHeading, raiseHeading }: Props) {
  const pick = useBilingual();
  return (
    <div className="match">
      <p className="score">
        <strong>{scoreText}</strong>
      </p>
      <h3>{whyHeading}</h3>
      <ul>
        {topReasons(match.factors).map((factor) => (
          <li key={String(factor.factor)}>{pick(factor.reason)}</li>
        ))}
      </ul>
      {match.improvements.length > 0 && (
        <>
          <h3>{raiseHeading}</h3>
          <ul>
            {match.improvements.map((improvement) => (
              <li key={String(improvement.factor)}>{pick(improvement.suggestion)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
