import type { Request } from 'express';
import { Account } from '../accounts/account.entity';
import { Actor } from '../actor/actor';

/** What the authentication guard leaves on the request for guards, interceptors and handlers. */
export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  /** The account row the actor was built from, loaded for this request only. */
  account?: Account;
  /** The session (refresh-token family) the access token belongs to. */
  sessionId?: string;
}
