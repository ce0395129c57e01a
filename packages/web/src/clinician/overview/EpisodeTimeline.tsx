// The episode's timeline on the client's page, newest first, filterable by kind of record.
import { Button, Chip, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../../api/client.ts';
import { DecisionTimeline } from '../../ui/charts/DecisionTimeline.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { episodeTimeline, KIND_LABELS, TIMELINE_KINDS, type TimelineKind } from './episodeTimeline.ts';
import { keys, usePlanVersions } from '../plan/queries.ts';
import { useHomeLog, type Episode, type Progress } from './queries.ts';

const PAGE = 25;

function useEpisodeRecords(episode: Episode) {
  const path = { params: { path: { id: episode.id } } };
  // The same keys as the episode pages, so what they write (a visit, a plan version, a referral) shows here too.
  const visits = useQuery({
    queryKey: keys.visits(episode.id),
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}/visits', path)),
  });
  const plans = usePlanVersions(episode.id);
  const referrals = useQuery({
    queryKey: keys.referrals(episode.id),
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}/referrals', path)),
  });
  const homeLog = useHomeLog(episode.id);
  return { visits, plans, referrals, homeLog };
}

export function EpisodeTimeline({ episode, progress }: { episode: Episode; progress: Progress | undefined }) {
  const { visits, plans, referrals, homeLog } = useEpisodeRecords(episode);
  const [kinds, setKinds] = useState<string[]>([...TIMELINE_KINDS]);
  const [shown, setShown] = useState(PAGE);
  return (
    <Stack gap="sm">
      <Chip.Group multiple value={kinds} onChange={setKinds}>
        <Group gap="xs" role="group" aria-label="Show on the timeline">
          {TIMELINE_KINDS.map((k) => (
            <Chip key={k} value={k} size="sm" variant="outline">
              {KIND_LABELS[k]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <QueryState query={visits}>
        {(visitList) => (
          <QueryState query={homeLog}>
            {(log) => {
              const all = episodeTimeline({
                episode,
                progress,
                visits: visitList,
                homeLog: log,
                plans: plans.data ?? [],
                referrals: referrals.data ?? [],
              }).filter((e) => kinds.includes(e.kind satisfies TimelineKind));
              const entries = [...all].sort((a, b) => b.date.localeCompare(a.date)).slice(0, shown);
              if (all.length === 0) return <Text c="dimmed">Nothing recorded in this episode yet.</Text>;
              return (
                <>
                  <DecisionTimeline entries={entries} dayHeading="h3" />
                  {all.length > shown && (
                    <Button
                      variant="subtle"
                      onClick={() => {
                        setShown(shown + PAGE);
                      }}
                      style={{ alignSelf: 'flex-start' }}
                    >
                      Show earlier ({all.length - shown} more)
                    </Button>
                  )}
                </>
              );
            }}
          </QueryState>
        )}
      </QueryState>
    </Stack>
  );
}
