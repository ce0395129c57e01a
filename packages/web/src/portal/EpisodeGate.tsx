// Every portal page needs the client's current episode of care; this finds it once and says so plainly when there is none.
import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { QueryState } from '../ui/QueryState.tsx';
import { useEpisode, type Episode } from './data.ts';

export function EpisodeGate({ children }: { children: (episode: Episode) => ReactNode }) {
  const episode = useEpisode();
  return (
    <QueryState query={episode}>
      {(e) =>
        e === null ? (
          <Alert color="blue" title="Nothing here yet">
            Your clinician has not started your care in Tandem yet. After your first visit, your program appears here.
          </Alert>
        ) : (
          children(e)
        )
      }
    </QueryState>
  );
}
