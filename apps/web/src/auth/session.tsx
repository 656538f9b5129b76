import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, refreshSession, type Schemas } from '../api/client';
import { setToken } from '../api/session-token';

type Account = Schemas['AccountDto'];

interface Session {
  status: 'loading' | 'anonymous' | 'signed-in';
  account: Account | null;
  /** Resolves to the problem status (401, 429…) when the login failed, or to the account when it worked. */
  logIn: (identifier: string, password: string) => Promise<{ failed: number } | { account: Account }>;
  logOut: () => Promise<void>;
  forget: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account | null>(null);
  const [status, setStatus] = useState<Session['status']>('loading');

  const loadAccount = useCallback(async () => {
    const { data } = await api.GET('/api/v1/me');
    setAccount(data ?? null);
    setStatus(data ? 'signed-in' : 'anonymous');
    return data ?? null;
  }, []);

  // A reload keeps the session through the refresh cookie; the access token itself is never stored.
  useEffect(() => {
    void refreshSession().then(async (ok) => {
      if (ok) await loadAccount();
      else setStatus('anonymous');
    });
  }, [loadAccount]);

  const logIn = useCallback(
    async (identifier: string, password: string) => {
      const credentials = identifier.includes('@') ? { email: identifier } : { username: identifier };
      const { data, response } = await api.POST('/api/v1/auth/login', { body: { ...credentials, password } });
      if (!data) return { failed: response.status };
      setToken(data.accessToken);
      const account = await loadAccount();
      return account ? { account } : { failed: 401 };
    },
    [loadAccount],
  );

  const forget = useCallback(() => {
    setToken(null);
    setAccount(null);
    setStatus('anonymous');
  }, []);

  const logOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    forget();
  }, [forget]);

  const value = useMemo(() => ({ status, account, logIn, logOut, forget }), [status, account, logIn, logOut, forget]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
