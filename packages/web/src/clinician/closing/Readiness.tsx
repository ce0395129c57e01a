// Is the client ready to finish? Progression's latest discharge decision (with its rule), and each goal's state.
import { Alert, Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { ProgressReport } from '../plan/queries.ts';

const STATUS = {
  met: ['Met', 'teal.9'],
  on_track: ['On track', 'blue.9'],
  behind: ['Behind', '#a5410d'],
  overdue: ['Overdue', 'red.9'],
  no_data: ['No data', 'gray.8'],
} as const;

export function Readiness({ report }: { report: ProgressReport }) {
  const ready = report.decisions.findLast((d) => d.scope === 'episode' && d.decision === 'discharge_ready');
  const met = report.goals.filter((g) => g.status === 'met').length;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Readiness
      </Title>
      {ready ? (
        <Alert color="teal" title={`Ready for discharge (${ready.date})`}>
          <Text size="sm">{ready.rationale}</Text>
          <Text size="xs">Rule {ready.ruleId}</Text>
        </Alert>
      ) : (
        <Alert color="gray" title="Progression has not flagged discharge yet">
          <Text size="sm">
            Phase now: {report.phase}. You can still discharge (for example when the client stops coming); the outcome
            below goes into the summary.
          </Text>
        </Alert>
      )}
      <Title order={3} size="h4">
        Goals: {met} of {report.goals.length} met
      </Title>
      {report.goals.map((g) => {
        const [label, colour] = STATUS[g.status];
        return (
          <Card key={`${g.measure}-${g.date}`} withBorder p="sm">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Text size="sm" fw={500}>
                {g.description ?? g.measure}
              </Text>
              <Badge color={colour} style={{ flexShrink: 0 }}>
                {label}
              </Badge>
            </Group>
            <Group gap="xs" mt={4} wrap="nowrap">
              <Text size="xs" w={90}>
                {g.baseline} → {g.latest ?? '—'}
              </Text>
              <Progress
                value={Math.max(0, Math.min(100, g.percent ?? 0))}
                color={colour}
                style={{ flex: 1 }}
                aria-label={`${g.measure}: ${String(Math.round(g.percent ?? 0))}% of the way to the target`}
              />
              <Text size="xs">target {g.target}</Text>
            </Group>
            <Text size="xs" c="dimmed" mt={2}>
              {g.rationale}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}
