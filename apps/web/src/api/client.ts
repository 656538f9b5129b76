import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentToken, setToken } from './session-token';

export type Schemas = components['schemas'];

/** The one typed client every page uses; same origin, so the refresh cookie travels by itself. */
export const api = createClient<paths>({ baseUrl: '' });

let refreshing: Promise<boolean> | null = null;

/** Asks for a new access token with the refresh cookie; concurrent callers share one request. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/v1/auth/refresh', { method: 'POST', credentials: 'same-origin' })
    .then(async (response) => {
      if (!response.ok) {
        setToken(null);
        return false;
      }
      const body = (await response.json()) as Schemas['AccessTokenDto'];
      setToken(body.accessToken);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

// A request's body can be read once: keep an unread copy to repeat it after a refresh.
const unsent = new WeakMap<Request, Request>();

const auth: Middleware = {
  onRequest({ request }) {
    const token = currentToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    unsent.set(request, request.clone());
    return request;
  },
  async onResponse({ request, response }) {
    // An expired access token: refresh once and repeat the request; a second 401 is a real "log in again".
    if (response.status !== 401 || request.url.includes('/api/v1/auth/') || !currentToken()) return response;
    if (!(await refreshSession())) return response;
    const again = unsent.get(request) ?? request;
    again.headers.set('Authorization', `Bearer ${currentToken()}`);
    return fetch(again);
  },
};
api.use(auth);
