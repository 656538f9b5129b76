import { QueryFailedError } from 'typeorm';
import { PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION, violatesConstraint } from './postgres-errors';

const failure = (code: string, constraint?: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error('violation'), { code, constraint }));

describe('violatesConstraint', () => {
  it('matches the SQLSTATE and, when named, the constraint', () => {
    expect(violatesConstraint(failure(PG_UNIQUE_VIOLATION, 'UQ_a'), PG_UNIQUE_VIOLATION, 'UQ_a')).toBe(true);
    expect(violatesConstraint(failure(PG_UNIQUE_VIOLATION, 'UQ_a'), PG_UNIQUE_VIOLATION)).toBe(true);
    expect(violatesConstraint(failure(PG_UNIQUE_VIOLATION, 'UQ_b'), PG_UNIQUE_VIOLATION, 'UQ_a')).toBe(false);
    expect(violatesConstraint(failure(PG_FOREIGN_KEY_VIOLATION), PG_UNIQUE_VIOLATION)).toBe(false);
  });

  it('ignores errors that are not failed queries', () => {
    expect(violatesConstraint(Object.assign(new Error('x'), { code: PG_UNIQUE_VIOLATION }), PG_UNIQUE_VIOLATION)).toBe(
      false,
    );
  });
});
