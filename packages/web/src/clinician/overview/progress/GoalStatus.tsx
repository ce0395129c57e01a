// The episode's goals: how far along each is against where a straight line to its date would be, with the reason.
import { Group, Paper, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { formatDay, formatNumber } from '../../../ui/charts/format.ts';
import { measureInfo, measureValue } from '@tandem/engine';
import type { Goal } from './bands.ts';
import { ToneBadge } from '../../../ui/charts/ToneBadge.tsx';

const STATUS: Readonly<Record<Goal['status'], { label: string; color: string }>> = {
  met: { label: 'Met', color: 'teal' },
  on_track: { label: 'On track', color: 'teal' },
  behind: { label: 'Behind', color: 'orange' },
  overdue: { label: 'Overdue', color: 'red' },
  no_data: { label: 'Not measured yet', color: 'gray' },
};

function GoalCard({ goal }: { goal: Goal }) {
  const info = measureInfo(goal.measure);
  const status = STATUS[goal.status];
  const percent = Math.max(0, Math.min(100, goal.percent ?? 0));
  const expected = Math.max(0, Math.min(100, goal.expectedPercent));
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm">
            {info.name}
          </Text>
          <ToneBadge color={status.color}>{status.label}</ToneBadge>
        </Group>
        <Text size="sm">
          {measureValue(info, goal.baseline)} → goal {measureValue(info, goal.target)} by {formatDay(goal.date)}
          {goal.latest !== null && goal.latestDate !== null && (
            <>
              ; now {measureValue(info, goal.latest)} ({formatDay(goal.latestDate)})
            </>
          )}
        </Text>
        <div style={{ position: 'relative' }}>
          <Progress
            value={percent}
            color={status.color}
            size="lg"
            radius="sm"
            aria-label={`${info.name}: ${formatNumber(percent)} % of the way to the goal, ${formatNumber(expected)} % expected by now`}
          />
          <Tooltip label={`Expected by now: ${formatNumber(expected)} %`}>
            <div
              aria-hidden
              style={{
                position: 'absolute',
                top: -3,
                bottom: -3,
                left: `calc(${String(expected)}% - 1px)`,
                width: 2,
                background: 'var(--mantine-color-dark-6)',
              }}
            />
          </Tooltip>
        </div>
        <Text size="xs" c="dimmed">
          {formatNumber(percent)} % of the way; {formatNumber(expected)} % expected by now (dark mark)
        </Text>
        <Text size="sm">{goal.rationale}</Text>
      </Stack>
    </Paper>
  );
}

export function GoalStatus({ goals }: { goals: readonly Goal[] }) {
  if (goals.length === 0) return <Text c="dimmed">No goals set for this episode.</Text>;
  return (
    <SimpleGrid
      cols={{ base: 1, md: 2 }}
      spacing="sm"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {goals.map((g) => (
        <GoalCard key={g.measure} goal={g} />
      ))}
    </SimpleGrid>
  );
}
