// Where to go next for an episode: each step of care is its own page. Discharged episodes keep read-only links.
import { Button, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { Episode } from './queries.ts';

const STEPS = [
  { path: 'visit', label: 'New visit', activeOnly: true, primary: true },
  { path: 'progress', label: 'Progress', activeOnly: false, primary: false },
  { path: 'plan', label: 'Plan', activeOnly: false, primary: false },
  { path: 'assessment', label: 'Assessment', activeOnly: true, primary: false },
  { path: 'intake', label: 'Intake', activeOnly: false, primary: false },
  { path: 'referral', label: 'Referral', activeOnly: true, primary: false },
  { path: 'discharge', label: 'Discharge', activeOnly: true, primary: false },
] as const;

export function EpisodeActions({ episode }: { episode: Episode }) {
  const active = episode.status === 'active';
  return (
    <Group gap="xs" component="nav" aria-label="This episode">
      {STEPS.filter((s) => active || !s.activeOnly).map((s) => (
        <Button
          key={s.path}
          component={Link}
          to={`/clinic/episodes/${episode.id}/${s.path}`}
          variant={s.primary ? 'filled' : 'default'}
          size="sm"
        >
          {s.label}
        </Button>
      ))}
    </Group>
  );
}
