import { BULL_BOARD_PATH } from '@werkpunt/platform';
import type { CookieOptions, Response } from 'express';

/** The refresh token travels only to the auth endpoints, never to scripts (httpOnly) or other sites (Strict). */
export const REFRESH_COOKIE = 'wp_refresh';
export const REFRESH_COOKIE_PATH = '/api/v1/auth';

/**
 * An admin's access token for the pages outside the API (the queue dashboard), which a browser
 * opens without an Authorization header. Same lifetime as the access token it carries.
 */
export const ADMIN_COOKIE = 'wp_admin';
export const ADMIN_COOKIE_PATH = BULL_BOARD_PATH;

function baseOptions(secure: boolean, path: string): CookieOptions {
  return { httpOnly: true, secure, sameSite: 'strict', path };
}

export function setRefreshCookie(response: Response, token: string, maxAgeMs: number, secure: boolean): void {
  response.cookie(REFRESH_COOKIE, token, { ...baseOptions(secure, REFRESH_COOKIE_PATH), maxAge: maxAgeMs });
}

export function setAdminCookie(response: Response, accessToken: string, maxAgeMs: number, secure: boolean): void {
  response.cookie(ADMIN_COOKIE, accessToken, { ...baseOptions(secure, ADMIN_COOKIE_PATH), maxAge: maxAgeMs });
}

export function clearAuthCookies(response: Response, secure: boolean): void {
  response.clearCookie(REFRESH_COOKIE, baseOptions(secure, REFRESH_COOKIE_PATH));
  response.clearCookie(ADMIN_COOKIE, baseOptions(secure, ADMIN_COOKIE_PATH));
}
