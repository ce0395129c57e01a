// One goal of the plan: where it started, where it stands, the target and date, as a bar and the engine's reason.
import { Badge, Card, Progress as Bar, Text } from '@mantine/core';
import { formatDay } from '../ui/charts/format.ts';
import { measureInfo, measureValue } from '@tandem/engine';
import type { Progress } from './data.ts';

type Goal = Progress['goals'][number];

const STATUS: Record<Goal['status'], { text: string; color: string }> = {
  met: { text: 'Reached', color: 'teal.9' },
  on_track: { text: 'On track', color: 'teal.9' },
  behind: { text: 'Slower than planned', color: 'yellow.4' },
  overdue: { text: 'Past the target date', color: 'red.9' },
  no_data: { text: 'Not measured yet', color: 'gray.7' },
};

export function GoalCard({ goal }: { goal: Goal }) {
  const info = measureInfo(goal.measure);
  const status = STATUS[goal.status];
  const percent = Math.max(0, Math.min(100, goal.percent ?? 0));
  const show = (v: number) => measureValue(info, v);
  return (
    <Card withBorder padding="md" radius="md" component="article" aria-label={`Goal: ${info.name}`}>
      <Badge color={status.color} variant="filled" autoContrast size="lg" mb={6}>
        {status.text}
      </Badge>
      <Text fw={700}>{info.name}</Text>
      {goal.description !== null && (
        <Text size="sm" c="dimmed">
          {goal.description}
        </Text>
      )}
      <Bar.Root size="xl" mt="sm" aria-hidden>
        <Bar.Section value={percent} color={goal.status === 'no_data' ? 'gray' : 'teal'} />
      </Bar.Root>
      <Text size="sm" mt={4} role="status">
        {goal.latest === null
          ? `Started at ${show(goal.baseline)}; target ${show(goal.target)} by ${formatDay(goal.date)}.`
          : `${String(Math.round(percent))} % of the way: ${show(goal.baseline)} → ${show(goal.latest)} on ${formatDay(goal.latestDate ?? goal.date)}; target ${show(goal.target)}.`}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {goal.rationale.replaceAll(goal.measure, info.name)}
      </Text>
    </Card>
  );
}
