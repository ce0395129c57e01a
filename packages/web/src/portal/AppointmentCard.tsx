// One appointment: when, how long, where (clinic or video, with the link), and for an upcoming one a way to cancel.
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../api/client.ts';
import { formatTime, formatWeekday, localDay } from '../ui/charts/format.ts';
import type { Appointment } from './data.ts';

const STATUS: Record<Appointment['status'], string> = {
  scheduled: 'Booked',
  completed: 'Attended',
  cancelled: 'Cancelled',
  no_show: 'Missed',
};

export function AppointmentCard({
  appointment: a,
  clinician,
  upcoming,
}: {
  appointment: Appointment;
  clinician: string | null;
  upcoming: boolean;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation({
    mutationFn: () =>
      ok(api.PATCH('/api/v1/appointments/{id}', { params: { path: { id: a.id } }, body: { status: 'cancelled' } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', 'appointments'] }),
  });
  const end = new Date(Date.parse(a.startsAt) + a.minutes * 60_000).toISOString();
  const video = a.kind === 'telehealth';
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-label={`${formatWeekday(localDay(a.startsAt))} at ${formatTime(a.startsAt)}`}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={700}>{formatWeekday(localDay(a.startsAt))}</Text>
            <Text size="sm">
              {formatTime(a.startsAt)}–{formatTime(end)} ({String(a.minutes)} minutes)
            </Text>
          </div>
          <Badge variant="filled" color={video ? 'indigo.9' : 'teal.9'} style={{ flexShrink: 0 }}>
            {video ? 'Video check-in' : 'At the clinic'}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {clinician === null ? '' : `With ${clinician} · `}
          {STATUS[a.status]}
        </Text>
        {upcoming && video && a.videoLink !== null && (
          <Button component="a" href={a.videoLink} target="_blank" rel="noopener noreferrer" variant="filled" size="md">
            Join the video call
          </Button>
        )}
        {upcoming && a.status === 'scheduled' && !confirming && (
          <Button
            variant="outline"
            color="red.9"
            size="sm"
            onClick={() => {
              setConfirming(true);
            }}
            style={{ alignSelf: 'flex-start' }}
          >
            Cancel this appointment
          </Button>
        )}
        {confirming && a.status === 'scheduled' && (
          <Alert color="red" title="Cancel this appointment?" role="alertdialog">
            <Text size="sm">Your clinician is told. To book another time, contact the clinic.</Text>
            <Group mt="xs">
              <Button
                color="red.8"
                size="sm"
                loading={cancel.isPending}
                onClick={() => {
                  cancel.mutate();
                }}
              >
                Yes, cancel it
              </Button>
              <Button
                variant="default"
                size="sm"
                onClick={() => {
                  setConfirming(false);
                  cancel.reset();
                }}
              >
                Keep it
              </Button>
            </Group>
            {cancel.isError && (
              <Text size="sm" c="red.8" mt="xs" role="alert">
                {cancel.error.message}
              </Text>
            )}
          </Alert>
        )}
        {video && upcoming && a.videoLink !== null && (
          <Anchor size="xs" href={a.videoLink} target="_blank" rel="noopener noreferrer" c="dimmed">
            {a.videoLink}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
