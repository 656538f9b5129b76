import { isFinal, mayMove } from './application-lifecycle';
import { ApplicationStatus as S } from './application-vocabulary';

describe('application lifecycle', () => {
  it('lets the job seeker accept a proposal and withdraw until the end', () => {
    expect(mayMove('job_seeker', S.Proposed, S.Applied)).toBe(true);
    expect(mayMove('job_seeker', S.Interview, S.Withdrawn)).toBe(true);
    expect(mayMove('job_seeker', S.Applied, S.Screening)).toBe(false);
    expect(mayMove('job_seeker', S.Hired, S.Withdrawn)).toBe(false);
  });

  it('lets the employer move forward and reject, but not a proposal the person has not accepted', () => {
    expect(mayMove('employer', S.Applied, S.Screening)).toBe(true);
    expect(mayMove('employer', S.Screening, S.Interview)).toBe(true);
    expect(mayMove('employer', S.Offer, S.Hired)).toBe(true);
    expect(mayMove('employer', S.Interview, S.Rejected)).toBe(true);
    expect(mayMove('employer', S.Proposed, S.Screening)).toBe(false);
    expect(mayMove('employer', S.Proposed, S.Rejected)).toBe(false);
    expect(mayMove('employer', S.Interview, S.Screening)).toBe(false);
    expect(mayMove('employer', S.Applied, S.Hired)).toBe(false);
    expect(mayMove('employer', S.Applied, S.Withdrawn)).toBe(false);
  });

  it('ends at hired, rejected and withdrawn', () => {
    expect([S.Hired, S.Rejected, S.Withdrawn].every(isFinal)).toBe(true);
    expect(mayMove('employer', S.Rejected, S.Screening)).toBe(false);
    expect(mayMove('employer', S.Applied, S.Applied)).toBe(false);
  });
});
