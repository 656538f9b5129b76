// Why an account was erased. A fixed vocabulary and never free text, because accounts.erasure_reason is
// kept after the erasure and free text could name the person again.
export enum ErasureReason {
  /** The person erased their own account. */
  OwnRequest = 'own-request',
  /** The person asked their mediator, at the Werkpunt. */
  ClientRequestAtWerkpunt = 'client-request-at-werkpunt',
  /** The person asked the city (letter, phone, e-mail to the DPO). */
  RequestToCity = 'request-to-city',
  DuplicateAccount = 'duplicate-account',
  Deceased = 'deceased',
  /** A court or regulator ordered it. */
  LegalOrder = 'legal-order',
  /** No login for INACTIVITY_ERASE_MONTHS. */
  Inactivity = 'inactivity',
}

/** The reasons an admin may give. */
export const ADMIN_ERASURE_REASONS = [
  ErasureReason.RequestToCity,
  ErasureReason.DuplicateAccount,
  ErasureReason.Deceased,
  ErasureReason.LegalOrder,
] as const;
export type AdminErasureReason = (typeof ADMIN_ERASURE_REASONS)[number];
