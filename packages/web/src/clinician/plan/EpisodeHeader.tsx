// The top of every episode screen: who the client is, the episode's state, and the steps of care as tabs.
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { useEpisode } from './queries.ts';

const STEPS = [
  { path: 'plan', label: 'Plan' },
  { path: 'visit', label: 'Visit note' },
  { path: 'progress', label: 'Progress' },
  { path: 'referral', label: 'Referral' },
  { path: 'discharge', label: 'Discharge' },
] as const;

type Loaded = NonNullable<ReturnType<typeof useEpisode>['data']>;

export function EpisodeHeader({
  data,
  title,
  current,
}: {
  data: Loaded | undefined;
  title: string;
  current: (typeof STEPS)[number]['path'];
}) {
  const episode = data?.episode;
  return (
    <Stack gap="xs" mb="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          {data && (
            <Anchor component={Link} to={`/clinic/clients/${data.client.id}`} size="sm">
              {data.client.name}
            </Anchor>
          )}
          <Title order={1}>{title}</Title>
        </div>
        {episode && (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Episode since {episode.startedOn}
            </Text>
            <Badge color={episode.status === 'active' ? 'teal.9' : 'gray.7'}>
              {episode.status === 'active' ? 'Active' : `Discharged ${episode.dischargedOn ?? ''}`}
            </Badge>
          </Group>
        )}
      </Group>
      {episode && (
        <Group component="nav" aria-label="Episode steps" gap={4} wrap="wrap">
          {STEPS.map((s) => (
            <Button
              key={s.path}
              component={Link}
              to={`/clinic/episodes/${episode.id}/${s.path}`}
              size="compact-md"
              variant={s.path === current ? 'filled' : 'subtle'}
              aria-current={s.path === current ? 'page' : undefined}
            >
              {s.label}
            </Button>
          ))}
        </Group>
      )}
    </Stack>
  );
}
