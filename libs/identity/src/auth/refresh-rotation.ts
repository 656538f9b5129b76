/** What the stored refresh token and its session say when a client presents the token. */
export interface PresentedRefreshToken {
  expiresAt: Date;
  usedAt: Date | null;
  sessionRevokedAt: Date | null;
  accountActive: boolean;
}

export type RefreshDecision =
  /** Issue a successor in the same session and mark this one used. */
  | { kind: 'rotate' }
  /**
   * The token was already exchanged: either the client or a thief holds a copy. We cannot tell
   * which, so the whole session (token family) ends and both must log in again.
   */
  | { kind: 'reuse' }
  /** Nothing to revoke: the token simply no longer works. */
  | { kind: 'refuse'; reason: 'expired' | 'session-revoked' | 'account-deactivated' };

export function decideRefresh(token: PresentedRefreshToken, now: Date): RefreshDecision {
  if (token.sessionRevokedAt) return { kind: 'refuse', reason: 'session-revoked' };
  if (token.usedAt) return { kind: 'reuse' };
  if (!token.accountActive) return { kind: 'refuse', reason: 'account-deactivated' };
  if (token.expiresAt.getTime() <= now.getTime()) return { kind: 'refuse', reason: 'expired' };
  return { kind: 'rotate' };
}

/** Whether a single-use, expiring token (password reset, invitation, claim code) still works. */
export function isUsableOneTimeToken(token: { expiresAt: Date; usedAt: Date | null }, now: Date): boolean {
  return token.usedAt === null && token.expiresAt.getTime() > now.getTime();
}
