// The outbox as React sees it, and the one place that keeps it flowing: on app start, when the browser comes back
// online, and every minute while entries wait (a server that was down comes back without an event).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../auth/session.tsx';
import { flushOutbox, loadOutbox, outbox, type OutboxSnapshot } from './outbox.ts';

export const useOutbox = (): OutboxSnapshot => useSyncExternalStore(outbox.subscribe, outbox.snapshot, outbox.snapshot);

const RETRY_MS = 60_000;

/** Mount once (in the portal's frame): sends waiting entries and refreshes the pages' data when some went through. */
export function useOutboxSync(): void {
  const { user } = useSession();
  const queryClient = useQueryClient();
  useEffect(() => {
    const flush = () => {
      void flushOutbox(user.id);
    };
    void loadOutbox(user.id).then(flush);
    addEventListener('online', flush);
    const timer = setInterval(() => {
      if (outbox.snapshot().waiting.length > 0) flush();
    }, RETRY_MS);
    const stop = outbox.onResults((results) => {
      if (results.some((r) => r.outcome !== 'waiting')) void queryClient.invalidateQueries({ queryKey: ['portal'] });
    });
    return () => {
      removeEventListener('online', flush);
      clearInterval(timer);
      stop();
    };
  }, [user.id, queryClient]);
}
