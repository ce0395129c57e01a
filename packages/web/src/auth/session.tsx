// Who is signed in: one query everyone reads; signing in or out refreshes it and forgets cached data.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { ApiError, api, ok, setCsrfToken } from '../api/client.ts';
import type { SessionInfo } from '../api/types.ts';

const SessionContext = createContext<SessionInfo | null>(null);

export function useSessionQuery() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const me = await ok(api.GET('/api/v1/auth/me'));
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function SessionProvider({ session, children }: { session: SessionInfo; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in user (only inside the signed-in part of the app). */
export function useSession(): SessionInfo {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return async () => {
    await api.POST('/api/v1/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    if ('serviceWorker' in navigator) navigator.serviceWorker.controller?.postMessage('forget-data');
    queryClient.clear();
    location.assign('/');
  };
}
