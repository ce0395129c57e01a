// One booked slot: time, client (a link to their page), in person or by video, and its status when not simply booked.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatTime } from '../../ui/charts/format.ts';
import type { Appointment } from './queries.ts';
import { ToneBadge } from '../../ui/charts/ToneBadge.tsx';

const STATUS: Readonly<Record<Appointment['status'], { label: string; color: string } | null>> = {
  scheduled: null,
  completed: { label: 'Done', color: 'teal' },
  cancelled: { label: 'Cancelled', color: 'gray' },
  no_show: { label: 'Did not attend', color: 'orange' },
};

export function AppointmentRow({
  appointment: a,
  clientName,
  clinicianName,
}: {
  appointment: Appointment;
  clientName: string;
  clinicianName?: string | undefined;
}) {
  const end = new Date(Date.parse(a.startsAt) + a.minutes * 60_000).toISOString();
  const status = STATUS[a.status];
  const video = a.kind === 'telehealth';
  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="sm"
      py={6}
      component="li"
      style={{ opacity: a.status === 'cancelled' ? 0.75 : 1 }}
    >
      <Group gap="md" wrap="nowrap" miw={0}>
        <Stack gap={0} w={76} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          <Text fw={700} size="sm">
            {formatTime(a.startsAt)}
          </Text>
          <Text size="xs" c="dimmed">
            {formatTime(end)}
          </Text>
        </Stack>
        <Stack gap={2} miw={0}>
          <Anchor
            component={Link}
            to={`/clinic/clients/${a.clientId}`}
            fw={600}
            size="sm"
            td={a.status === 'cancelled' ? 'line-through' : undefined}
          >
            {clientName}
          </Anchor>
          <Group gap={6}>
            <ToneBadge size="sm" color={video ? 'indigo' : 'teal'}>
              {video ? 'Video' : 'In person'}
            </ToneBadge>
            <Text size="xs" c="dimmed">
              {a.minutes} min{clinicianName === undefined ? '' : ` · ${clinicianName}`}
            </Text>
            {status && (
              <ToneBadge size="sm" color={status.color}>
                {status.label}
              </ToneBadge>
            )}
          </Group>
        </Stack>
      </Group>
      {video && a.videoLink !== null && a.status === 'scheduled' && (
        <Button
          component="a"
          href={a.videoLink}
          target="_blank"
          rel="noopener noreferrer"
          size="compact-sm"
          variant="light"
          aria-label={`Join the video call with ${clientName}`}
        >
          Join
        </Button>
      )}
    </Group>
  );
}
