// The access token lives in memory only: a script injected into the page could read localStorage, and the
// httpOnly refresh cookie already carries the session across reloads.
let accessToken: string | null = null;
const listeners = new Set<(token: string | null) => void>();

export function currentToken(): string | null {
  return accessToken;
}

export function setToken(token: string | null): void {
  accessToken = token;
  for (const listener of listeners) listener(token);
}

export function onTokenChange(listener: (token: string | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
