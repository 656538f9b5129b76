import { decideRefresh, isUsableOneTimeToken, PresentedRefreshToken } from './refresh-rotation';

const now = new Date('2026-11-28T12:00:00Z');
const later = new Date('2026-12-12T12:00:00Z');
const earlier = new Date('2026-11-28T11:00:00Z');
const fresh: PresentedRefreshToken = { expiresAt: later, usedAt: null, sessionRevokedAt: null, accountActive: true };

describe('decideRefresh', () => {
  it('rotates an unused, unexpired token of a live session', () => {
    expect(decideRefresh(fresh, now)).toEqual({ kind: 'rotate' });
  });

  it('treats a token presented a second time as reuse, revoking the family', () => {
    expect(decideRefresh({ ...fresh, usedAt: earlier }, now)).toEqual({ kind: 'reuse' });
  });

  it('treats reuse as reuse even after the token expired', () => {
    expect(decideRefresh({ ...fresh, usedAt: earlier, expiresAt: earlier }, now)).toEqual({ kind: 'reuse' });
  });

  it('refuses tokens of a revoked session without further action', () => {
    expect(decideRefresh({ ...fresh, usedAt: earlier, sessionRevokedAt: earlier }, now)).toEqual({
      kind: 'refuse',
      reason: 'session-revoked',
    });
  });

  it('refuses an expired token (expiry is exclusive of the instant itself)', () => {
    expect(decideRefresh({ ...fresh, expiresAt: now }, now)).toEqual({ kind: 'refuse', reason: 'expired' });
  });

  it('refuses tokens of a deactivated account', () => {
    expect(decideRefresh({ ...fresh, accountActive: false }, now)).toEqual({
      kind: 'refuse',
      reason: 'account-deactivated',
    });
  });
});

describe('isUsableOneTimeToken', () => {
  it('works once and until it expires', () => {
    expect(isUsableOneTimeToken({ expiresAt: later, usedAt: null }, now)).toBe(true);
    expect(isUsableOneTimeToken({ expiresAt: later, usedAt: earlier }, now)).toBe(false);
    expect(isUsableOneTimeToken({ expiresAt: now, usedAt: null }, now)).toBe(false);
  });
});
