import type { RequestHandler } from 'express';

/**
 * Express middleware that lets only admins through to pages mounted outside Nest's routing (the
 * queue dashboard). Identity provides it under this token; the platform mounts admin pages only
 * behind it, so a missing provider stops the boot instead of leaving the pages open.
 */
export const ADMIN_PAGE_GUARD = Symbol('ADMIN_PAGE_GUARD');

export interface AdminPageGuard {
  middleware(): RequestHandler;
}
