// The web app's entry: theme, data cache, session; then the clinician's or the client's pages.
import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { PageLoader } from './app/PageLoader.tsx';
import { routerFor } from './app/router.tsx';
import { cssVariables, theme } from './app/theme.ts';
import { SessionProvider, useSessionQuery } from './auth/session.tsx';
import SignIn from './auth/SignIn.tsx';
import type { SessionInfo } from './api/types.ts';
import { QueryState } from './ui/QueryState.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } },
});

function SignedIn({ session }: { session: SessionInfo }) {
  const router = useMemo(() => routerFor(session.user.role), [session.user.role]);
  return (
    <SessionProvider session={session}>
      <RouterProvider router={router} />
    </SessionProvider>
  );
}

function App() {
  const session = useSessionQuery();
  if (session.isPending) return <PageLoader />;
  return <QueryState query={session}>{(s) => (s ? <SignedIn session={s} /> : <SignIn />)}</QueryState>;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} forceColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  addEventListener('load', () => void navigator.serviceWorker.register('/sw.js'));
}
