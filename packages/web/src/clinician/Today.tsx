// The clinician's start page: today's schedule and the days ahead, and the clients who need attention, each with
// the rule that raised it. A clinician sees their own appointments; the owner sees the whole clinic's.
import { Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../auth/session.tsx';
import { formatWeekday, localDay } from '../ui/charts/format.ts';
import { NeedsAttention } from './overview/NeedsAttention.tsx';
import { Schedule } from './overview/Schedule.tsx';

export default function TodayPage() {
  const { user } = useSession();
  const today = localDay(new Date());
  const owner = user.role === 'owner';
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={1}>Today</Title>
        <Text c="dimmed">
          {formatWeekday(today)} · {owner ? 'the whole clinic' : user.name}
        </Text>
      </div>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-label="Schedule">
            <Schedule today={today} clinicianId={owner ? null : user.id} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="attention-title">
            <Title order={2} size="h3" id="attention-title" mb="sm">
              Needs attention
            </Title>
            <NeedsAttention />
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
